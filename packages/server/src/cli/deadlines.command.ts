// `weerbaar deadlines`: the reporting deadlines for one incident, computed by the same core function
// the server uses. Prints JSON with UTC ISO 8601 instants in milliseconds precision
// (`2026-03-29T01:30:00.000Z`), or null where a deadline does not apply or is not yet computable.
// Exit 0 on success, 2 on bad usage (with the offending option named on stderr).
import { parseArgs } from 'node:util';
import { DomainError, parseInstant } from '@weerbaar/core/platform';
import { computeReportingDeadlines, summarizeReportingDeadlines } from '@weerbaar/core/incidents';

const USAGE = `Usage: weerbaar deadlines --aware-at ISO [--notified-at ISO] [--trust-service-provider [--not-affecting-trust-service]] [--critical-entity [--cer-notified-at ISO]]

  --aware-at ISO                  when the entity became aware of the significant incident (required)
  --notified-at ISO               when the incident notification was submitted (enables final_report)
  --trust-service-provider        the entity provides a trust service: the incident notification is due within
                                  24 h if the incident affects the trust service (Cbw art. 27(2); NIS2 Art. 23(4),
                                  second subparagraph); without the next option it is taken to affect it
  --not-affecting-trust-service   this incident does not affect the provision of the trust service: 72 h (Cbw art. 27(1))
  --critical-entity               also the CER Art. 15(1) deadlines (cer_initial, cer_detailed)
  --cer-notified-at ISO           when the CER initial notification was submitted (enables cer_detailed, owed
                                  where relevant one month later, CER Art. 15(1))

ISO instants need 'Z' or an offset, e.g. 2026-03-29T01:30:00Z or 2026-03-29T03:30:00+02:00.
Output: JSON with the strict deadlines as UTC instants (2026-03-30T01:30:00.000Z), null where none applies.
`;

// Core reports bad input by field name; the user typed option names.
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  awareAt: '--aware-at',
  notifiedAt: '--notified-at',
  cerNotifiedAt: '--cer-notified-at',
};

function fail(message: string): number {
  process.stderr.write(`weerbaar deadlines: ${message}\n`);
  return 2;
}

export async function run(args: string[]): Promise<number> {
  let values: {
    'aware-at'?: string;
    'notified-at'?: string;
    'trust-service-provider'?: boolean;
    'not-affecting-trust-service'?: boolean;
    'critical-entity'?: boolean;
    'cer-notified-at'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        'aware-at': { type: 'string' },
        'notified-at': { type: 'string' },
        'trust-service-provider': { type: 'boolean' },
        'not-affecting-trust-service': { type: 'boolean' },
        'critical-entity': { type: 'boolean' },
        'cer-notified-at': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node:util parseArgs names the option in its message (unknown option, missing or unexpected value).
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const awareText = values['aware-at'];
  if (awareText === undefined) {
    return fail(`--aware-at is required: the instant the entity became aware, e.g. --aware-at 2026-03-29T01:30:00Z`);
  }
  const aware = parseInstant(awareText);
  if (!aware.ok) return fail(`--aware-at: ${aware.message}`);

  let notifiedMs: number | null = null;
  const notifiedText = values['notified-at'];
  if (notifiedText !== undefined) {
    const notified = parseInstant(notifiedText);
    if (!notified.ok) return fail(`--notified-at: ${notified.message}`);
    // NIS2 Art. 23(4)(b): the incident notification follows awareness; an earlier one is a typing error.
    if (notified.epochMs < aware.epochMs)
      return fail(`--notified-at (${notifiedText}) must not be before --aware-at (${awareText})`);
    notifiedMs = notified.epochMs;
  }

  const tsp = values['trust-service-provider'] ?? false;
  if (values['not-affecting-trust-service'] && !tsp)
    return fail('--not-affecting-trust-service applies only with --trust-service-provider');
  let cerNotifiedMs: number | null = null;
  const cerNotifiedText = values['cer-notified-at'];
  if (cerNotifiedText !== undefined) {
    if (!values['critical-entity']) return fail('--cer-notified-at applies only with --critical-entity');
    const cerNotified = parseInstant(cerNotifiedText);
    if (!cerNotified.ok) return fail(`--cer-notified-at: ${cerNotified.message}`);
    cerNotifiedMs = cerNotified.epochMs;
  }

  try {
    const deadlines = computeReportingDeadlines({
      awareAt: new Date(aware.epochMs),
      notifiedAt: notifiedMs === null ? null : new Date(notifiedMs),
      trustServiceProvider: tsp,
      affectsTrustService: tsp ? !values['not-affecting-trust-service'] : null,
      criticalEntity: values['critical-entity'] ?? false,
      cerNotifiedAt: cerNotifiedMs === null ? null : new Date(cerNotifiedMs),
    });
    process.stdout.write(`${JSON.stringify(summarizeReportingDeadlines(deadlines), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      const param = error.invalidParams[0];
      const option = param ? (OPTION_OF_FIELD[param.name] ?? param.name) : 'input';
      return fail(`${option}: ${param?.reason ?? error.message}`);
    }
    throw error;
  }
}

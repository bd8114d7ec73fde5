// `weerbaar scope check FILE|-`: classify one organisation under NIS2 and the Cbw.
// Reads one JSON object in the `input` format of the scope worked cases, prints the outcome as JSON.
// Exit codes: 0 classified, 2 bad usage, unreadable file, invalid JSON or invalid input.
// Pure domain: no server, no database.
import { ScopeInputSchema, classifyScope, formatScopeInputIssues } from '@weerbaar/core/scope';
import { jsonCheckCommand } from './json-check-command.ts';

const USAGE = `Usage: weerbaar scope check FILE|-

Classifies an organisation under NIS2 (EU baseline) and the Cyberbeveiligingswet (NL).
FILE holds one JSON object with sector, subsector, entity_type_ref, annex, employees,
annual_turnover_eur, balance_sheet_total_eur and flags; '-' reads it from stdin.
Prints { eu, nl, size_class, reasons, obligations, rules_version } as JSON.
`;

export const run = jsonCheckCommand({
  name: 'scope check',
  usage: USAGE,
  parse: (json) => {
    const parsed = ScopeInputSchema.safeParse(json);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, problems: formatScopeInputIssues(parsed.error) };
  },
  compute: (input) => {
    const result = classifyScope(input);
    return {
      eu: result.eu,
      nl: result.nl,
      size_class: result.size_class,
      reasons: result.reasons,
      obligations: result.obligations,
      rules_version: result.rules_version,
    };
  },
});

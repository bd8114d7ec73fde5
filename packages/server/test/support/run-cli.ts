import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CommandIo } from '../../src/cli/json-check-command.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
/** The installed launcher: one process (tsx loads in-process), so signals hit the server itself. */
export const CLI = path.join(ROOT, 'packages/server/bin/weerbaar.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `weerbaar …` as a real process (the way an operator would); `stdin` is piped in when given. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
  stdin?: string,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    if (stdin !== undefined) child.stdin.end(stdin);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a command's `run(args, io)` in this process, with `stdin` as its input: fast, for table-driven cases. */
export async function runInProcess(
  run: (args: string[], io: CommandIo) => Promise<number>,
  args: string[],
  stdin = '',
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

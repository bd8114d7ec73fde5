import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'packages/server/bin/weerbaar.mjs');

export interface RunningPlatform {
  url: string;
  dataDir: string;
  /** What the server printed (demo logins among it). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real platform (`weerbaar start --demo`) on a free port with its own embedded
 * PostgreSQL in a temp dir, the way the README's quick start does. The web app must be built.
 */
export async function startPlatform(env: Record<string, string> = {}): Promise<RunningPlatform> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-e2e-'));
  chmodSync(dataDir, 0o755);
  const child: ChildProcess = spawn(process.execPath, [CLI, 'start', '--demo'], {
    cwd: ROOT,
    env: { ...process.env, WEERBAAR_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`platform did not start in 90 s:\n${out}`)), 90_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const match = /Weerbaar runs at (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`platform exited (${code}):\n${out}`)));
  });
  return {
    url,
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

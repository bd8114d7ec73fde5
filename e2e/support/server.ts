import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'packages/server/bin/weerbaar.mjs');

export interface RunningPlatform {
  url: string;
  dataDir: string;
  /** What the server printed (demo logins among it). */
  output(): string;
  /**
   * Sends a signal to the server process (SIGKILL: a crash) and waits until it exited. The data dir is
   * kept, so `startPlatform(env, { dataDir })` restarts on it; after a SIGKILL its PostgreSQL is
   * orphaned, which the restart (or `stop()`) stops.
   */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the server (and a PostgreSQL orphaned by a kill) and removes the data dir. */
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Start on this existing data dir (a restart) instead of a fresh temp dir. */
  dataDir?: string;
  /**
   * Start on a copy of this stopped data dir (the demo seeded once for the run, e2e/support/demo-template.ts):
   * a restart takes seconds where a fresh demo takes a minute.
   */
  copyOf?: string;
  /**
   * `start --demo` (the default) or plain `start`: a restart on a data dir already seeded need not seed again
   * (about 20 s of a restart on this machine; the fault tests restart a killed installation this way).
   */
  demo?: boolean;
}

/** Stops a PostgreSQL left running on the data dir by a killed server process. */
async function stopOrphanedPostgres(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 200 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Starts the real platform (`weerbaar start --demo`, or `start` with `demo: false`) on a free port with its own embedded
 * PostgreSQL in a temp dir, the way the README's quick start does. The web app must be built.
 */
export async function startPlatform(
  env: Record<string, string> = {},
  options: PlatformOptions = {},
): Promise<RunningPlatform> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'weerbaar-e2e-'));
  chmodSync(dataDir, 0o755);
  // cp -a: PostgreSQL wants its files' owner (as root: the 'postgres' user) and modes kept.
  if (options.copyOf) execFileSync('cp', ['-a', `${options.copyOf}/.`, dataDir]);
  const child: ChildProcess = spawn(process.execPath, [CLI, 'start', ...(options.demo === false ? [] : ['--demo'])], {
    cwd: ROOT,
    env: { ...process.env, WEERBAAR_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`platform did not start in 180 s:\n${out}`)), 180_000);
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
  const running = () => child.exitCode === null && child.signalCode === null;
  const exitedWithin = (ms: number) =>
    Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (running()) child.kill(signal);
    if (signal === 'SIGKILL' || (await exitedWithin(120_000))) return await exited;
    // Twice a helper's run saw a server go on after SIGTERM until a second one (cause not found): ask again,
    // then crash it, so a run fails with the server's output instead of hanging until CI's limit.
    process.stderr.write(`platform still running 120 s after ${signal}; sending it again\n`);
    if (running()) child.kill(signal);
    if (await exitedWithin(60_000)) return await exited;
    if (running()) child.kill('SIGKILL');
    await exited;
    throw new Error(`platform did not stop on ${signal} within 180 s:\n${out.slice(-4000)}`);
  };
  return {
    url,
    dataDir,
    output: () => out,
    kill,
    async stop() {
      await kill('SIGTERM');
      await stopOrphanedPostgres(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A TCP port that is free on loopback right now (for a server that must keep its port across restarts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

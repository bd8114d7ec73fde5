import { isIP } from 'node:net';
import path from 'node:path';
import { ATTACHMENT_MAX_BYTES_CEILING, DEFAULT_ATTACHMENT_MAX_BYTES } from '@weerbaar/core/incidents';

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
  /** Largest evidence file accepted (WEERBAAR_ATTACHMENT_MAX_BYTES); larger uploads get 413. */
  attachmentMaxBytes: number;
  /** WEERBAAR_AUTHORITY_HOSTS: the only hosts (host or host:port) a delivery target may name; null: any. */
  authorityHosts: string[] | null;
  /**
   * WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: loopback/private CIDRs that deliveries, receipt-key fetches and
   * feedback polls to the authority may connect to. Default: loopback when PUBLIC_URL is on loopback and
   * NODE_ENV is not production (development, tests, the quick start), otherwise none.
   */
  authorityPrivateNetworks: string[];
  /** WEERBAAR_WEBHOOK_PRIVATE_NETWORKS: the same for reminder webhooks, set apart so neither opens the other. */
  webhookPrivateNetworks: string[];
  /** WEERBAAR_LOG_MAIL_BODIES: log unsent mail with its body (links); default off when NODE_ENV=production. */
  logMailBodies: boolean;
  /** TRUST_PROXY=1: behind a reverse proxy, the client address comes from X-Forwarded-For. */
  trustProxy: boolean;
  /** RATE_LIMIT_PER_MINUTE: requests per minute per client (per API token, or per address). */
  rateLimitPerMinute: number;
  /**
   * WEERBAAR_SECRET_KEY: 32 bytes (base64 or 64 hex) sealing stored secrets; unset: `<dataDir>/secret.key`,
   * created on first use (adapters/secret-box.ts).
   */
  secretKey: string | undefined;
  /**
   * WEERBAAR_CRISIS_PULL_SECONDS: how often an entity installation asks its authority for new messages
   * (docs/DELIVERY.md, "Authority → entity"); default 30 s. Tests shorten it to see a round in seconds.
   */
  crisisPullIntervalMs: number;
  /** How long finished work is kept before the nightly prune removes it (days). */
  retention: {
    /** WEERBAAR_RETAIN_JOBS_DAYS: finished (done or failed) jobs. */
    jobsDays: number;
    /** WEERBAAR_RETAIN_MAIL_DAYS: mail in mail_outbox, counted from when it was written. */
    mailDays: number;
    /** WEERBAAR_RETAIN_NOTIFICATIONS_DAYS: notifications that were read. */
    notificationsDays: number;
  };
}

function readInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  unit = '',
): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new Error(`${name} must be a whole number${unit} between ${min} and ${max}, got '${value}'`);
  }
  return number;
}

function readList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Loopback/private CIDRs outbound requests may reach. Unset: loopback when this installation itself runs
 * on loopback outside production (development, tests, the quick start); in production nothing, so an
 * unset or forgotten PUBLIC_URL never opens loopback there.
 */
function readCidrs(name: string, value: string | undefined, publicUrl: string, production: boolean): string[] {
  if (value === undefined) {
    const host = new URL(publicUrl).hostname;
    return !production && ['localhost', '127.0.0.1', '[::1]'].includes(host) ? ['127.0.0.0/8', '::1/128'] : [];
  }
  const cidrs = readList(value);
  for (const cidr of cidrs) {
    const [address = '', prefix] = cidr.split('/');
    const max = isIP(address) === 6 ? 128 : 32;
    if (!isIP(address) || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= max))) {
      throw new Error(`${name} must list addresses or CIDRs like 10.0.0.0/8, got '${cidr}'`);
    }
  }
  return cidrs;
}

/**
 * The default PUBLIC_URL: where this server answers. A wildcard HOST (0.0.0.0, ::) is not an address to
 * connect to (the address policy refuses it), so the default names loopback, where the server answers too.
 */
export function defaultPublicUrl(host: string, port: number): string {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === '0.0.0.0' || (isIP(bare) === 6 && /^[0:]+$/.test(bare))) return `http://127.0.0.1:${port}`;
  return `http://${isIP(bare) === 6 ? `[${bare}]` : bare}:${port}`;
}

/**
 * PORT=0 picks a free port; without an explicit PUBLIC_URL, links (and the demo's delivery target) must
 * name the port actually bound, not 0. An explicit PUBLIC_URL is kept as given.
 */
export function publicUrlOnBoundPort(config: Pick<Config, 'host' | 'publicUrl'>, port: number): string {
  return config.publicUrl === defaultPublicUrl(config.host, 0) ? defaultPublicUrl(config.host, port) : config.publicUrl;
}

/** An https PUBLIC_URL turns on Secure cookies and HSTS: the one place that decides it. */
export function secureCookiesOf(config: Pick<Config, 'publicUrl'>): boolean {
  return config.publicUrl.startsWith('https://');
}

function readSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name} must be 'on' or 'off', got '${value}'`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST ?? '127.0.0.1';
  const port = readInteger('PORT', env.PORT, 8080, 0, 65535);
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  const publicUrl = (env.PUBLIC_URL ?? defaultPublicUrl(host, port)).replace(/\/$/, '');
  const production = env.NODE_ENV === 'production';
  const authorityHosts = readList(env.WEERBAAR_AUTHORITY_HOSTS);
  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.WEERBAAR_DATA_DIR ?? path.join(repoRoot, 'data')),
    publicUrl,
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: env.WEERBAAR_WEB_DIST ?? path.join(repoRoot, 'packages/web/dist'),
    runJobs: env.WEERBAAR_JOBS !== 'off',
    attachmentMaxBytes: readInteger(
      'WEERBAAR_ATTACHMENT_MAX_BYTES',
      env.WEERBAAR_ATTACHMENT_MAX_BYTES,
      DEFAULT_ATTACHMENT_MAX_BYTES,
      1,
      ATTACHMENT_MAX_BYTES_CEILING,
      ' of bytes',
    ),
    authorityHosts: authorityHosts.length > 0 ? authorityHosts : null,
    authorityPrivateNetworks: readCidrs(
      'WEERBAAR_AUTHORITY_PRIVATE_NETWORKS',
      env.WEERBAAR_AUTHORITY_PRIVATE_NETWORKS,
      publicUrl,
      production,
    ),
    webhookPrivateNetworks: readCidrs(
      'WEERBAAR_WEBHOOK_PRIVATE_NETWORKS',
      env.WEERBAAR_WEBHOOK_PRIVATE_NETWORKS,
      publicUrl,
      production,
    ),
    // Unsent mail holds password-reset and invitation links: in production they stay in mail_outbox.
    logMailBodies: readSwitch('WEERBAAR_LOG_MAIL_BODIES', env.WEERBAAR_LOG_MAIL_BODIES, !production),
    trustProxy: env.TRUST_PROXY === '1',
    rateLimitPerMinute: readInteger(
      'RATE_LIMIT_PER_MINUTE',
      env.RATE_LIMIT_PER_MINUTE,
      6000,
      1,
      Number.MAX_SAFE_INTEGER,
    ),
    secretKey: env.WEERBAAR_SECRET_KEY || undefined,
    crisisPullIntervalMs:
      1000 *
      readInteger('WEERBAAR_CRISIS_PULL_SECONDS', env.WEERBAAR_CRISIS_PULL_SECONDS, 30, 1, 86_400, ' of seconds'),
    retention: {
      jobsDays: readInteger('WEERBAAR_RETAIN_JOBS_DAYS', env.WEERBAAR_RETAIN_JOBS_DAYS, 14, 1, 3650, ' of days'),
      mailDays: readInteger('WEERBAAR_RETAIN_MAIL_DAYS', env.WEERBAAR_RETAIN_MAIL_DAYS, 30, 1, 3650, ' of days'),
      notificationsDays: readInteger(
        'WEERBAAR_RETAIN_NOTIFICATIONS_DAYS',
        env.WEERBAAR_RETAIN_NOTIFICATIONS_DAYS,
        90,
        1,
        3650,
        ' of days',
      ),
    },
  };
}

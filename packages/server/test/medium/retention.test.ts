// Nightly retention (platform.prune): finished work older than its retention goes; what may still be
// needed stays; the audit trail is never pruned and records what was removed.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { nextNight } from '../../src/services/platform/nightly.ts';
import { pruneJob } from '../../src/services/platform/prune.job.ts';
import { createTestOrg, type TestOrg } from '../support/fixtures.ts';
import { fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);
let org: TestOrg;

const count = async (query: string) =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.raw(query)}`.execute(t.db)).rows[0]!.n);

beforeAll(async () => {
  org = await createTestOrg(t.db, 'Bewaartermijn BV', 'entity', ['owner']);
  const userId = org.users.owner!.id;
  await sql`
    INSERT INTO jobs (kind, status, run_at, finished_at, dedupe_key) VALUES
      ('old.done', 'done', ${ago(20)}, ${ago(20)}, 'a'),
      ('old.failed', 'failed', ${ago(20)}, ${ago(20)}, 'b'),
      ('recent.done', 'done', ${ago(2)}, ${ago(2)}, 'c'),
      ('old.pending', 'pending', ${ago(20)}, NULL, 'd')
  `.execute(t.db);
  // A job whose worker died on its last attempt, and one that still has attempts left.
  await sql`
    INSERT INTO jobs (kind, status, run_at, attempts, max_attempts, locked_until, dedupe_key) VALUES
      ('abandoned', 'running', ${ago(1)}, 3, 3, ${ago(0.5)}, 'e'),
      ('retried', 'running', ${ago(1)}, 1, 3, ${ago(0.5)}, 'f')
  `.execute(t.db);
  await sql`
    INSERT INTO sessions (id, user_id, active_org_id, mfa_pending, expires_at) VALUES
      ('expired', ${userId}, NULL, false, ${ago(1)}),
      ('live', ${userId}, NULL, false, ${new Date(now.getTime() + DAY)})
  `.execute(t.db);
  await sql`
    INSERT INTO password_resets (token_hash, user_id, expires_at, used_at) VALUES
      ('expired', ${userId}, ${ago(1)}, NULL),
      ('used', ${userId}, ${new Date(now.getTime() + 3_600_000)}, ${ago(0.01)}),
      ('open', ${userId}, ${new Date(now.getTime() + 3_600_000)}, NULL)
  `.execute(t.db);
  await sql`
    INSERT INTO mail_outbox (to_address, subject, body, created_at) VALUES
      ('a@example.nl', 'old', 'x', ${ago(40)}),
      ('a@example.nl', 'recent', 'x', ${ago(1)})
  `.execute(t.db);
  await sql`
    INSERT INTO notifications (org_id, kind, title, body, read_at, created_at) VALUES
      (${org.id}, 'k', 'read long ago', 'x', ${ago(100)}, ${ago(120)}),
      (${org.id}, 'k', 'read recently', 'x', ${ago(1)}, ${ago(5)}),
      (${org.id}, 'k', 'unread', 'x', NULL, ${ago(200)})
  `.execute(t.db);
  // Sign-in throttle rows: run out; recent; old but still blocking (a long block outlives its count).
  await sql`
    INSERT INTO sign_in_throttles (key, failures, last_failure_at, blocked_until) VALUES
      ('address:old', 40, ${ago(2)}, ${ago(1.9)}),
      ('address:recent', 3, ${ago(0.01)}, NULL),
      ('address:still-blocked', 60, ${ago(2)}, ${new Date(now.getTime() + 3_600_000)})
  `.execute(t.db);
});

describe('nightly retention', () => {
  it('removes only what is past its retention, records it in the platform chain and plans the next night', async () => {
    const deps = testDeps(t.db, { clock: fixedClock(now) });
    await pruneJob.enqueue(t.db, {}, { runAt: now });
    expect(await new JobRunner(deps, { jobs: [pruneJob] }).runOne()).toBe(true);

    expect(await count(`jobs WHERE kind IN ('old.done', 'old.failed')`)).toBe(0);
    expect(await count(`jobs WHERE kind = 'old.pending'`)).toBe(1);
    expect(await count(`jobs WHERE kind = 'recent.done'`)).toBe(1);
    expect(await count(`sessions WHERE id = 'expired'`)).toBe(0);
    expect(await count(`sessions WHERE id = 'live'`)).toBe(1);
    expect(await count(`password_resets`)).toBe(1);
    expect(await count(`mail_outbox WHERE subject = 'old'`)).toBe(0);
    expect(await count(`mail_outbox WHERE subject = 'recent'`)).toBe(1);
    expect(await count(`notifications WHERE title = 'read long ago'`)).toBe(0);
    expect(await count(`notifications WHERE title IN ('read recently', 'unread')`)).toBe(2);
    expect(await count(`jobs WHERE kind = 'abandoned' AND status = 'failed'`)).toBe(1);
    expect(await count(`jobs WHERE kind = 'retried' AND status = 'running'`)).toBe(1);
    expect(await count(`sign_in_throttles`)).toBe(2);
    expect(await count(`sign_in_throttles WHERE key = 'address:old'`)).toBe(0);

    const audit = await sql<{ details: Record<string, number> }>`
      SELECT details FROM audit_events WHERE action = 'platform.pruned'`.execute(t.db);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details).toMatchObject({
      jobs: 2,
      sessions: 1,
      passwordResets: 2,
      mail: 1,
      notifications: 1,
      signInThrottles: 1,
    });
    const next = await sql<{ run_at: Date }>`
      SELECT run_at FROM jobs WHERE kind = 'platform.prune' AND status = 'pending'`.execute(t.db);
    expect(next.rows.map((r) => r.run_at.getTime())).toEqual([nextNight(now).getTime()]);
  });
});

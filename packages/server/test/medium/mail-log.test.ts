import { describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import type { Log } from '../../src/kernel/deps.ts';
import { listMails } from '../../src/repositories/mail-outbox.repository.ts';
import { requestPasswordReset } from '../../src/services/accounts/request-password-reset.ts';
import { mailLogJob } from '../../src/services/platform/mail-log.job.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Unsent mail (no SMTP yet) is logged; its body holds a password-reset link that works for whoever
// reads the log, so production logs name the mail but leave the body in mail_outbox.

const t = useTestDatabase();

/** Requests a reset for a new user and runs its mail.log job; returns the link and what was logged. */
async function resetMailLogged(name: string, env: Record<string, string>): Promise<{ link: string; logged: string }> {
  const org = await createTestOrg(t.db, name, 'entity', ['owner']);
  const email = org.users.owner!.email;
  const lines: unknown[] = [];
  const capture = (extra: Record<string, unknown>, msg: string) => void lines.push({ msg, ...extra });
  const log: Log = { info: capture, warn: capture, error: capture };
  const deps = { ...testDeps(t.db, { env: { PUBLIC_URL: 'https://weerbaar.example.nl', ...env } }), log };
  await requestPasswordReset(deps, SYSTEM_ACTOR, { email });
  const link = /https:\S+token=[\w-]+/.exec((await listMails(t.db, email)).at(-1)!.body)![0];
  expect(await new JobRunner(deps, { jobs: [mailLogJob] }).runOne()).toBe(true);
  return { link, logged: JSON.stringify(lines) };
}

describe('mail.log', () => {
  it('logs the body with its link outside production (the quick start needs the link)', async () => {
    const { link, logged } = await resetMailLogged('Mail Log Ontwikkel BV', { NODE_ENV: 'development' });
    expect(logged).toContain(link);
  });

  it('does not log the body or the link in production, but says which mail waits in mail_outbox', async () => {
    const { link, logged } = await resetMailLogged('Mail Log Productie BV', { NODE_ENV: 'production' });
    const token = new URL(link).searchParams.get('token')!;
    expect(logged).not.toContain(token);
    expect(logged).toContain('mail_outbox');
    expect(logged).toContain('owner@mail-log-productie-bv.test');
  });

  it('logs bodies in production only when WEERBAAR_LOG_MAIL_BODIES=on says so', async () => {
    const { link, logged } = await resetMailLogged('Mail Log Bewust BV', {
      NODE_ENV: 'production',
      WEERBAAR_LOG_MAIL_BODIES: 'on',
    });
    expect(logged).toContain(link);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { listMails } from '../../src/repositories/mail-outbox.repository.ts';
import { requestPasswordReset } from '../../src/services/accounts/request-password-reset.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Unsent mail (no SMTP yet) is logged; its body holds a password-reset link that works for whoever
// reads the log, so production logs name the mail but leave the body in mail_outbox.

const t = useTestDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Requests a reset for a new user and runs its mail.log job; returns the link and what was logged. */
async function resetMailLogged(name: string): Promise<{ link: string; logged: string }> {
  const org = await createTestOrg(t.db, name, 'entity', ['owner']);
  const email = org.users.owner!.email;
  const deps = testDeps(t.db, { env: { PUBLIC_URL: 'https://weerbaar.example.nl' } });
  await requestPasswordReset(deps, SYSTEM_ACTOR, { email });
  const link = /https:\S+token=[\w-]+/.exec((await listMails(t.db, email)).at(-1)!.body)![0];
  const lines: unknown[] = [];
  const handlers = jobHandlers((msg, extra) => lines.push({ msg, ...extra }));
  const runner = new JobRunner(t.db, { handlers: { 'mail.log': handlers['mail.log']! } });
  expect(await runner.runOne()).toBe(true);
  return { link, logged: JSON.stringify(lines) };
}

describe('mail.log', () => {
  it('logs the body with its link outside production (the quick start needs the link)', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { link, logged } = await resetMailLogged('Mail Log Ontwikkel BV');
    expect(logged).toContain(link);
  });

  it('does not log the body or the link in production, but says which mail waits in mail_outbox', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { link, logged } = await resetMailLogged('Mail Log Productie BV');
    const token = new URL(link).searchParams.get('token')!;
    expect(logged).not.toContain(token);
    expect(logged).toContain('mail_outbox');
    expect(logged).toContain('owner@mail-log-productie-bv.test');
  });

  it('logs bodies in production only when WEERBAAR_LOG_MAIL_BODIES=on says so', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('WEERBAAR_LOG_MAIL_BODIES', 'on');
    const { link, logged } = await resetMailLogged('Mail Log Bewust BV');
    expect(logged).toContain(link);
  });
});

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { sendTrainingReminder } from '../../src/services/board/send-training-reminder.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let owner: TestClient;
let admin: TestClient;
let riskManager: TestClient;
let auditor: TestClient;
let stranger: TestClient;

const actions = async (orgId: string) =>
  (
    await sql<{ action: string }>`SELECT action FROM audit_events WHERE org_id = ${orgId} ORDER BY seq`.execute(t.db)
  ).rows.map((r) => r.action);

const approval = {
  approvedOn: '2026-12-01',
  approverName: 'M. de Vries',
  approverFunction: 'Voorzitter raad van bestuur',
  decision: 'De raad van bestuur keurt de maatregelen goed.',
};

const training = {
  personName: 'M. de Vries',
  boardRole: 'Voorzitter raad van bestuur',
  trainingName: 'Cyberweerbaarheid voor bestuurders',
  completedOn: '2025-03-01',
  expiresOn: '2027-01-20',
};

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  org = await createTestOrg(t.db, 'Bestuur Ziekenhuis', 'entity', ['owner', 'admin', 'risk-manager', 'auditor']);
  other = await createTestOrg(t.db, 'Ander Bestuur', 'entity', ['owner']);
  owner = await signedIn(app, org, 'owner');
  admin = await signedIn(app, org, 'admin');
  riskManager = await signedIn(app, org, 'risk-manager');
  auditor = await signedIn(app, org, 'auditor');
  stranger = await signedIn(app, other, 'owner');
});

describe('board approval of the measures (NIS2 Art. 20(1); Cbw art. 24(1))', () => {
  it('lets the owner and admin record an approval, not the risk manager or the auditor', async () => {
    expect((await riskManager.post('/api/v1/measure-approvals', approval)).statusCode).toBe(403);
    expect((await auditor.post('/api/v1/measure-approvals', approval)).statusCode).toBe(403);
    await riskManager.put('/api/v1/measures/nis2-art21:a', { status: 'implemented', maturity: 3 });
    const first = await owner.post('/api/v1/measure-approvals', approval);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, approverName: 'M. de Vries', recordCount: 1 });
    // The first approval lists every record that is no longer "not started".
    expect(first.json().changes).toEqual([
      expect.objectContaining({
        requirementId: 'nis2-art21:a',
        before: { status: 'not-started', maturity: null },
        after: { status: 'implemented', maturity: 3 },
      }),
    ]);
    expect((await actions(org.id)).at(-1)).toBe('board.measures-approved');
  });

  it('shows what changed since the approval in force, and the next approval supersedes it with those changes', async () => {
    expect((await auditor.get('/api/v1/measure-approval-changes')).json().items).toEqual([]);
    await riskManager.put('/api/v1/measures/nis2-art21:a', { status: 'implemented', maturity: 4 });
    await riskManager.put('/api/v1/measures/nis2-art21:b', { status: 'partial' });
    const pending = (await auditor.get('/api/v1/measure-approval-changes')).json().items;
    expect(pending.map((c: { requirementId: string }) => c.requirementId)).toEqual(['nis2-art21:a', 'nis2-art21:b']);
    expect(pending[0]).toMatchObject({ before: { maturity: 3 }, after: { maturity: 4 } });

    const second = await admin.post('/api/v1/measure-approvals', { ...approval, approvedOn: '2026-12-07' });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().version).toBe(2);
    expect(second.json().changes).toEqual(pending);
    const list = (await auditor.get('/api/v1/measure-approvals')).json().items;
    expect(list.map((a: { version: number }) => a.version)).toEqual([2, 1]);
    expect(list[0].recordCount).toBe(2);
    expect((await auditor.get('/api/v1/measure-approval-changes')).json().items).toEqual([]);
    expect((await auditor.get(`/api/v1/measure-approvals/${list[1].id}`)).json().changes).toHaveLength(1);
  });

  it('never edits or deletes an approval, but removing the organisation takes its approvals along', async () => {
    await expect(
      sql`UPDATE measure_approvals SET decision = 'anders' WHERE org_id = ${org.id}`.execute(t.db),
    ).rejects.toThrow(/immutable/);
    await expect(sql`DELETE FROM measure_approvals WHERE org_id = ${org.id}`.execute(t.db)).rejects.toThrow(
      /immutable/,
    );
    const gone = await createTestOrg(t.db, 'Opgeheven Bestuur', 'entity', ['owner']);
    const goneOwner = await signedIn(app, gone, 'owner');
    expect((await goneOwner.post('/api/v1/measure-approvals', approval)).statusCode).toBe(201);
    await sql`DELETE FROM organisations WHERE id = ${gone.id}`.execute(t.db);
    const left = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM measure_approvals WHERE org_id = ${gone.id}`.execute(t.db);
    expect(left.rows[0]!.n).toBe(0);
  });

  it("keeps another organisation's approvals out of reach (404)", async () => {
    const [latest] = (await auditor.get('/api/v1/measure-approvals')).json().items;
    expect((await stranger.get(`/api/v1/measure-approvals/${latest.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/measure-approvals')).json().items).toEqual([]);
  });
});

describe('board training (NIS2 Art. 20(2); Cbw art. 24(2)-(5))', () => {
  let trainingId: string;

  it('records training with its expiry status, plans a reminder, and names it in the audit log', async () => {
    expect((await auditor.post('/api/v1/board-trainings', training)).statusCode).toBe(403);
    const bad = await riskManager.post('/api/v1/board-trainings', { ...training, expiresOn: '2025-01-01' });
    expect(bad.statusCode).toBe(400);
    const res = await riskManager.post('/api/v1/board-trainings', training);
    expect(res.statusCode, res.body).toBe(201);
    trainingId = res.json().id;
    expect(res.json()).toMatchObject({ expiry: 'expiring', expiresOn: '2027-01-20' });
    const later = await riskManager.post('/api/v1/board-trainings', {
      ...training,
      personName: 'A. Jansen',
      expiresOn: '2028-03-01',
    });
    expect(later.json().expiry).toBe('valid');

    const jobs = await sql<{ run_at: Date; payload: { trainingId: string } }>`
      SELECT run_at, payload FROM jobs WHERE org_id = ${org.id} AND kind = 'board.training-reminder' ORDER BY run_at`.execute(
      t.db,
    );
    // Expiring within 60 days: the reminder is due at once; otherwise 60 days before, at 07:00 UTC.
    expect(jobs.rows.map((j) => j.run_at.toISOString())).toEqual([
      '2026-12-07T10:00:00.000Z',
      '2028-01-01T07:00:00.000Z',
    ]);

    const events = (await owner.get('/api/v1/audit-events?pageSize=100')).json().items as {
      action: string;
      subjectLabel: string | null;
    }[];
    expect(events.find((e) => e.action === 'board.training-recorded')?.subjectLabel).toMatch(
      /: Cyberweerbaarheid voor bestuurders$/,
    );
    expect(events.find((e) => e.action === 'board.measures-approved')?.subjectLabel).toMatch(/^Versie \d$/);
  });

  it('reminds once before expiry, and not when the record is gone', async () => {
    const deps = testDeps(t.db, { clock });
    const payload = { orgId: org.id, trainingId, expiresOn: '2027-01-20' };
    expect(await sendTrainingReminder(deps, SYSTEM_ACTOR, payload)).toBe('sent');
    expect(await sendTrainingReminder(deps, SYSTEM_ACTOR, payload)).toBe('skipped');
    expect(await sendTrainingReminder(deps, SYSTEM_ACTOR, { ...payload, expiresOn: '2027-02-01' })).toBe('skipped');
    const notes = await sql<{ link: string }>`
      SELECT link FROM notifications WHERE org_id = ${org.id} AND kind = 'board.training-expiring'`.execute(t.db);
    expect(notes.rows).toEqual([{ link: '/measures/board' }]);
    expect((await actions(org.id)).filter((a) => a === 'board.training-expiring')).toHaveLength(1);

    expect((await stranger.delete(`/api/v1/board-trainings/${trainingId}`)).statusCode).toBe(404);
    expect((await riskManager.delete(`/api/v1/board-trainings/${trainingId}`)).statusCode).toBe(204);
    expect((await actions(org.id)).at(-1)).toBe('board.training-removed');
    expect(await sendTrainingReminder(deps, SYSTEM_ACTOR, { ...payload, expiresOn: '2027-01-20' })).toBe('skipped');
    const names = (await auditor.get('/api/v1/board-trainings'))
      .json()
      .items.map((x: { personName: string }) => x.personName);
    expect(names).toEqual(['A. Jansen']);
    expect((await stranger.get('/api/v1/board-trainings')).json().items).toEqual([]);
  });
});

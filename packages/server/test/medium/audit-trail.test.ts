import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/database.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { recordAuditEvents } from '../../src/kernel/record-audit-event.ts';
import { verifyAuditChains } from '../../src/services/audit/verify-audit-chains.ts';
import { createTestOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { runCli } from '../support/run-cli.ts';
import { buildTestApp, TestClient, testConfig } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let owner: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Audit BV', 'entity', ['owner', 'admin', 'auditor']);
  owner = new TestClient(app);
  await owner.logIn(org.users.owner!.email, TEST_PASSWORD);
  for (let i = 0; i < 5; i++) await owner.post('/api/v1/api-tokens', { name: `token ${i}`, role: 'auditor' });
});

/** Tampering needs the append-only trigger out of the way, as a database superuser could do. */
async function tamper(statement: ReturnType<typeof sql>) {
  await t.db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`.execute(trx);
    await statement.execute(trx);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`.execute(trx);
  });
}

describe('audit trail', () => {
  it('records each mutation with actor and subject, and lists it with filters and paging', async () => {
    const res = await owner.get('/api/v1/audit-events?action=api-token.created&pageSize=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(5);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({
      actorLabel: org.users.owner!.email,
      subjectType: 'api-token',
      actorType: 'user',
    });
    expect(body.items[0].seq).toBeGreaterThan(body.items[1].seq);
    const bySubject = await owner.get(`/api/v1/audit-events?subjectId=${body.items[0].subjectId}`);
    expect(bySubject.json().items).toHaveLength(1);
    expect((await owner.get('/api/v1/audit-events?pageSize=0')).json().invalidParams[0].name).toBe('query.pageSize');
    expect((await owner.get('/api/v1/audit-events?from=yesterday')).json().invalidParams[0].name).toBe('query.from');
  });

  it('exports CSV, oldest first, with formula cells neutralised', async () => {
    await owner.post('/api/v1/api-tokens', { name: '=HYPERLINK("evil")', role: 'auditor' });
    const res = await owner.get('/api/v1/audit-events/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('seq,occurredAt,actorType,actorId,actorLabel,action,subjectType,subjectId,hash');
    expect(lines[1]).toMatch(/^"1",/);
    expect(lines.length).toBeGreaterThan(6);
  });

  it('refuses UPDATE and DELETE on audit_events at the database level', async () => {
    await expect(sql`UPDATE audit_events SET action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('serialises concurrent appends, including the very first ones of a new chain', async () => {
    const chain = randomUUID();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        inTransaction(t.db, (trx) =>
          recordAuditEvents(trx, SYSTEM_ACTOR, [
            { orgId: chain, action: 'test.appended', subjectType: 'test', subjectId: String(i) },
          ]),
        ),
      ),
    );
    const rows = await t.db
      .selectFrom('audit_events')
      .select(['seq', 'prev_hash', 'hash'])
      .where('org_id', '=', chain)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]!.hash));
    const head = await t.db.selectFrom('audit_heads').selectAll().where('org_id', '=', chain).executeTakeFirstOrThrow();
    expect([Number(head.seq), head.hash]).toEqual([12, rows.at(-1)!.hash]);
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([]);
  });

  it('verifies intact chains', async () => {
    const report = await verifyAuditChains(t.db, testConfig());
    expect(report.problems).toEqual([]);
    expect(report.events).toBeGreaterThan(6);
  });

  it('names the first edited event, and `weerbaar audit verify` exits 1', async () => {
    await tamper(sql`UPDATE audit_events SET actor_label = 'someone else' WHERE org_id = ${org.id} AND seq = 3`);
    const report = await verifyAuditChains(t.db, testConfig());
    expect(report.problems).toEqual([expect.objectContaining({ orgId: org.id, seq: 3, problem: 'edited' })]);
    const cli = await runCli(['audit', 'verify'], { DATABASE_URL: t.url });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`event #3`);
    expect(cli.stdout).toContain('edited');
    await tamper(
      sql`UPDATE audit_events SET actor_label = ${org.users.owner!.email} WHERE org_id = ${org.id} AND seq = 3`,
    );
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([]);
  });

  it('detects a deleted event, a deleted tail and reordered events', async () => {
    const snapshot = await sql<
      Record<string, unknown>
    >`SELECT * FROM audit_events WHERE org_id = ${org.id} AND seq = 4`.execute(t.db);
    await tamper(sql`DELETE FROM audit_events WHERE org_id = ${org.id} AND seq = 4`);
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([
      expect.objectContaining({ seq: 5, problem: 'missing' }),
    ]);

    const last = await sql<{ seq: string }>`SELECT max(seq) AS seq FROM audit_events WHERE org_id = ${org.id}`.execute(
      t.db,
    );
    const tail = await sql<
      Record<string, unknown>
    >`SELECT * FROM audit_events WHERE org_id = ${org.id} AND seq = ${last.rows[0]!.seq}`.execute(t.db);
    await tamper(sql`DELETE FROM audit_events WHERE org_id = ${org.id} AND seq = ${last.rows[0]!.seq}`);
    await tamper(
      sql`INSERT INTO audit_events SELECT * FROM jsonb_populate_record(NULL::audit_events, ${JSON.stringify(snapshot.rows[0])}::jsonb)`,
    );
    const report = await verifyAuditChains(t.db, testConfig());
    expect(report.problems).toHaveLength(1);
    await tamper(
      sql`INSERT INTO audit_events SELECT * FROM jsonb_populate_record(NULL::audit_events, ${JSON.stringify(tail.rows[0])}::jsonb)`,
    );
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([]);

    // Swap the contents of two events (keeping their positions): both hashes and links break.
    await tamper(sql`
      UPDATE audit_events a SET action = b.action, subject_id = b.subject_id, hash = b.hash, prev_hash = b.prev_hash
      FROM audit_events b WHERE a.org_id = ${org.id} AND b.org_id = a.org_id AND
        ((a.seq = 5 AND b.seq = 6) OR (a.seq = 6 AND b.seq = 5))`);
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([
      expect.objectContaining({ seq: 5, problem: 'reordered' }),
    ]);
  });

  it('detects a truncated chain (last event deleted)', async () => {
    const other = await createTestOrg(t.db, 'Truncate BV', 'entity', ['owner']);
    await tamper(sql`DELETE FROM audit_events WHERE org_id = ${other.id}`);
    const problems = (await verifyAuditChains(t.db, testConfig())).problems.filter((p) => p.orgId === other.id);
    expect(problems).toEqual([expect.objectContaining({ problem: 'truncated' })]);
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installationKey } from '../../src/adapters/installation-key.ts';
import type { Trx } from '../../src/db/database.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { hashEvent } from '../../src/kernel/audit-chain.ts';
import { anchorSignatureValid, signChainHead } from '../../src/kernel/audit-anchor.ts';
import { auditVerificationJob } from '../../src/services/audit/audit-verification.job.ts';
import { collectAuthorityAnchors } from '../../src/services/audit/authority-anchors.ts';
import { verifyAuditChains } from '../../src/services/audit/verify-audit-chains.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { earlyWarningEnvelope } from '../support/intake-fixtures.ts';
import {
  connectToAuthority,
  deliveryRunner,
  listenOnLoopback,
  validRegistration,
} from '../support/registration-fixtures.ts';
import { runCli } from '../support/run-cli.ts';
import { buildTestApp, TestClient, testConfig, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The audit trail anchored outside the database (docs/SECURITY.md): a database superuser who edits an
// event and recomputes every hash after it (and the head) leaves a chain that holds together — and that
// no longer runs through the heads this installation signed, nor through those the authority keeps.

const t = useTestDatabase();
const config = testConfig();
let app: FastifyInstance;
let url: string;
let entity: TestOrg;
let authority: TestOrg;
let entityOwner: TestClient;
let submitterToken: string;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  entity = await createTestOrg(t.db, 'Anker Waterschap', 'entity', ['owner']);
  authority = await createTestOrg(t.db, 'Anker Autoriteit', 'authority', ['owner']);
  entityOwner = await signedIn(app, entity, 'owner');
  submitterToken = await connectToAuthority(app, await signedIn(app, authority, 'owner'), entityOwner, url);
  for (let i = 0; i < 4; i++) await entityOwner.post('/api/v1/api-tokens', { name: `token ${i}`, role: 'auditor' });
});

afterAll(async () => {
  await app?.close();
});

async function asSuperuser(work: (trx: Trx) => Promise<void>): Promise<void> {
  await t.db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`.execute(trx);
    await sql`ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only`.execute(trx);
    await work(trx as unknown as Trx);
    await sql`ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_append_only`.execute(trx);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`.execute(trx);
  });
}

/** Edits one event and recomputes the hash of it and of every later event, and the head: a clean rewrite. */
async function rewriteHistory(orgId: string, seq: number, actorLabel: string): Promise<void> {
  await asSuperuser(async (trx) => {
    await sql`UPDATE audit_events SET actor_label = ${actorLabel} WHERE org_id = ${orgId} AND seq = ${seq}`.execute(
      trx,
    );
    const rows = await trx.selectFrom('audit_events').selectAll().where('org_id', '=', orgId).orderBy('seq').execute();
    let prev = '0'.repeat(64);
    for (const row of rows) {
      const hash = hashEvent(prev, row);
      await sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash}
        WHERE org_id = ${orgId} AND seq = ${row.seq}`.execute(trx);
      prev = hash;
    }
    await sql`UPDATE audit_heads SET hash = ${prev} WHERE org_id = ${orgId}`.execute(trx);
  });
}

async function runNightlyVerification(): Promise<void> {
  await auditVerificationJob.enqueue(t.db, {}, { runAt: new Date(), dedupeKey: randomUUID() });
  expect(await new JobRunner(testDeps(t.db), { jobs: [auditVerificationJob] }).runOne()).toBe(true);
}

const problemsOf = async (orgId: string, external: Parameters<typeof verifyAuditChains>[2] = []) =>
  (await verifyAuditChains(t.db, config, external)).problems.filter((p) => p.orgId === orgId);

describe('signed checkpoints', () => {
  it('the nightly verification signs the head of each intact chain with a key that is not in the database', async () => {
    await runNightlyVerification();
    const head = await t.db
      .selectFrom('audit_heads')
      .selectAll()
      .where('org_id', '=', entity.id)
      .executeTakeFirstOrThrow();
    const checkpoint = await t.db
      .selectFrom('audit_checkpoints')
      .selectAll()
      .where('org_id', '=', entity.id)
      .executeTakeFirstOrThrow();
    expect([checkpoint.seq, checkpoint.hash]).toEqual([head.seq, head.hash]);
    const anchor = { seq: Number(checkpoint.seq), hash: checkpoint.hash, signedAt: checkpoint.signed_at.toISOString() };
    expect(
      anchorSignatureValid(
        entity.id,
        { ...anchor, signature: checkpoint.signature },
        installationKey(config).publicKey,
      ),
    ).toBe(true);
    // Another installation's key (another secret key) does not verify it.
    const other = installationKey({ ...config, secretKey: Buffer.alloc(32, 7).toString('base64') });
    expect(anchorSignatureValid(entity.id, { ...anchor, signature: checkpoint.signature }, other.publicKey)).toBe(
      false,
    );
    const dump = JSON.stringify(await sql`SELECT * FROM audit_checkpoints`.execute(t.db));
    expect(dump).not.toContain('PRIVATE KEY');
    expect(await problemsOf(entity.id)).toEqual([]);
  });

  it('detects a rewrite with every hash and the head recomputed; `weerbaar audit verify` exits 1', async () => {
    const victim = await createTestOrg(t.db, 'Herschreven BV', 'entity', ['owner']);
    const owner = await signedIn(app, victim, 'owner');
    for (let i = 0; i < 3; i++) await owner.post('/api/v1/api-tokens', { name: `t${i}`, role: 'auditor' });
    await runNightlyVerification();
    await owner.post('/api/v1/api-tokens', { name: 'after the checkpoint', role: 'auditor' });

    await rewriteHistory(victim.id, 2, 'someone else');
    const problems = await problemsOf(victim.id);
    expect(problems).toEqual([expect.objectContaining({ problem: 'rewritten' })]);
    expect(problems[0]!.detail).toContain('checkpoint');

    const cli = await runCli(['audit', 'verify', '--offline'], { DATABASE_URL: t.url });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`TAMPERED chain ${victim.id}`);
    expect(cli.stdout).toContain('rewritten');
  });

  it('refuses a checkpoint re-signed by anyone but the installation, and one the chain was cut short of', async () => {
    const victim = await createTestOrg(t.db, 'Vervalst BV', 'entity', ['owner']);
    const owner = await signedIn(app, victim, 'owner');
    for (let i = 0; i < 3; i++) await owner.post('/api/v1/api-tokens', { name: `t${i}`, role: 'auditor' });
    await runNightlyVerification();
    // The superuser rewrites, then moves the checkpoint to the new hash: he cannot sign it.
    await rewriteHistory(victim.id, 1, 'someone else');
    await asSuperuser(async (trx) => {
      await sql`UPDATE audit_checkpoints c SET hash = h.hash FROM audit_heads h
        WHERE c.org_id = h.org_id AND c.org_id = ${victim.id} AND c.seq = h.seq`.execute(trx);
    });
    expect(await problemsOf(victim.id)).toEqual([expect.objectContaining({ problem: 'bad-anchor' })]);

    // A chain whose tail was deleted (head moved back too) still falls short of its signed head.
    const cut = await createTestOrg(t.db, 'Ingekort BV', 'entity', ['owner']);
    const cutOwner = await signedIn(app, cut, 'owner');
    for (let i = 0; i < 3; i++) await cutOwner.post('/api/v1/api-tokens', { name: `t${i}`, role: 'auditor' });
    await runNightlyVerification();
    await asSuperuser(async (trx) => {
      const last = await sql<{ seq: string; prev_hash: string }>`
        SELECT seq, prev_hash FROM audit_events WHERE org_id = ${cut.id} ORDER BY seq DESC LIMIT 1`.execute(trx);
      const { seq, prev_hash } = last.rows[0]!;
      await sql`DELETE FROM audit_events WHERE org_id = ${cut.id} AND seq = ${seq}`.execute(trx);
      await sql`UPDATE audit_heads SET seq = ${Number(seq) - 1}, hash = ${prev_hash} WHERE org_id = ${cut.id}`.execute(
        trx,
      );
    });
    expect(await problemsOf(cut.id)).toEqual([expect.objectContaining({ problem: 'truncated' })]);
  });
});

describe("the authority's copy", () => {
  it('every delivery carries the signed head; the authority keeps it per sender and gives it back to that sender', async () => {
    expect((await entityOwner.put('/api/v1/registration', validRegistration())).statusCode).toBe(201);
    expect((await entityOwner.post('/api/v1/registration/submissions', {})).statusCode).toBe(202);
    const headAtDelivery = await t.db
      .selectFrom('audit_heads')
      .selectAll()
      .where('org_id', '=', entity.id)
      .executeTakeFirstOrThrow();
    expect(await deliveryRunner(t.db).runOne()).toBe(true);

    const kept = await t.db.selectFrom('received_audit_anchors').selectAll().execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      org_id: authority.id,
      sender_org_id: entity.id,
      seq: headAtDelivery.seq,
      hash: headAtDelivery.hash,
      public_key: installationKey(config).publicKey,
    });
    const res = await new TestClient(app, submitterToken).get('/api/v1/submissions/audit-anchors');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ seq: Number(headAtDelivery.seq), hash: headAtDelivery.hash }),
    ]);
    // People of the authority submit as themselves, for no sender: nothing to give back.
    const person = await (await signedIn(app, authority, 'owner')).get('/api/v1/submissions/audit-anchors');
    expect([person.statusCode, person.json().items]).toEqual([200, []]);
  });

  it('refuses a delivery whose anchor does not verify', async () => {
    const envelope = earlyWarningEnvelope(entity.id);
    const anchor = signChainHead(config, entity.id, { seq: 3, hash: 'a'.repeat(64) }, new Date());
    const res = await new TestClient(app, submitterToken).post('/api/v1/submissions', {
      ...envelope,
      auditAnchor: { ...anchor, hash: 'b'.repeat(64) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.auditAnchor.signature' })]);
  });

  it("catches a rewrite that also deleted the local checkpoints, against the authority's copy", async () => {
    await rewriteHistory(entity.id, 2, 'someone else');
    await asSuperuser(async (trx) => {
      await sql`DELETE FROM audit_checkpoints WHERE org_id = ${entity.id}`.execute(trx);
    });
    // Locally nothing is left to tell: the chain holds together.
    expect(await problemsOf(entity.id)).toEqual([]);

    const fromAuthority = await collectAuthorityAnchors(t.db, config);
    expect(fromAuthority.notices).toEqual([]);
    expect(fromAuthority.anchors).toHaveLength(1);
    const problems = await problemsOf(entity.id, fromAuthority.anchors);
    expect(problems).toEqual([expect.objectContaining({ problem: 'rewritten' })]);
    expect(problems[0]!.detail).toContain(`authority ${url}`);

    const cli = await runCli(['audit', 'verify'], { DATABASE_URL: t.url });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`TAMPERED chain ${entity.id}`);
    expect(cli.stdout).toContain('from the authority');
  });
});

import { randomUUID } from 'node:crypto';
import { DomainError } from '@weerbaar/core/platform';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Db, DbOrTrx, Trx } from '../../src/db/database.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../src/kernel/actor.ts';
import { recordAuditEvents } from '../../src/kernel/record-audit-event.ts';
import type { Deps } from '../../src/kernel/deps.ts';
import { DomainEvents, type DomainEvent } from '../../src/kernel/domain-events.ts';
import { defineUseCase } from '../../src/kernel/use-case.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The runner itself (services/use-case.ts), on a probe table of this test's own database: a change, its
// audit event and the subscribers' reactions commit together or not at all.

const t = useTestDatabase();
let events: DomainEvents;
let deps: Deps;

beforeAll(async () => {
  await sql`CREATE TABLE runner_probe (id text PRIMARY KEY, note text NOT NULL)`.execute(t.db);
  events = new DomainEvents();
  deps = { ...testDeps(t.db), events };
});

/** Each test acts in an organisation (an audit chain) of its own. */
function newCtx(): OrgActor {
  return { actor: SYSTEM_ACTOR, orgId: randomUUID(), role: 'owner', orgKind: 'entity' };
}

async function insertProbe(db: DbOrTrx, id: string, note = 'written'): Promise<void> {
  await sql`INSERT INTO runner_probe (id, note) VALUES (${id}, ${note})`.execute(db);
}

async function probeExists(db: DbOrTrx, id: string): Promise<boolean> {
  const r = await sql<{ n: string }>`SELECT count(*) AS n FROM runner_probe WHERE id = ${id}`.execute(db);
  return Number(r.rows[0]!.n) === 1;
}

async function auditActions(orgId: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('audit_events')
    .select('action')
    .where('org_id', '=', orgId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

/** Writes a probe row and records it; `fail` throws after both were written. */
const writeProbe = defineUseCase({
  actions: ['organisation.updated'],
  async run({ trx, record }, _ctx: OrgActor, input: { id: string; fail?: boolean }) {
    await insertProbe(trx, input.id);
    const row = await record('organisation.updated', { subjectType: 'probe', subjectId: input.id }, {});
    if (input.fail) throw new Error('failed after writing');
    return row.hash;
  },
});

describe('use-case runner', () => {
  it('appends the audit event in the change’s transaction', async () => {
    const ctx = newCtx();
    const id = randomUUID();
    const hash = await writeProbe(deps, ctx, { id });
    expect(await probeExists(t.db, id)).toBe(true);
    const row = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('org_id', '=', ctx.orgId)
      .executeTakeFirstOrThrow();
    expect([row.action, row.subject_id, row.hash]).toEqual(['organisation.updated', id, hash]);
  });

  it('rolls back the change and its audit event together when run throws after writing', async () => {
    const ctx = newCtx();
    const id = randomUUID();
    await expect(writeProbe(deps, ctx, { id, fail: true })).rejects.toThrow('failed after writing');
    expect(await probeExists(t.db, id)).toBe(false);
    expect(await auditActions(ctx.orgId)).toEqual([]);
  });

  it('refuses a run that records nothing without saying unchanged(), and writes nothing', async () => {
    const silent = defineUseCase({
      actions: ['organisation.updated'],
      async run({ trx }, _ctx: OrgActor, id: string) {
        await insertProbe(trx, id);
      },
    });
    const ctx = newCtx();
    const id = randomUUID();
    await expect(silent(deps, ctx, id)).rejects.toThrow(/recorded no audit event and did not say unchanged/);
    expect(await probeExists(t.db, id)).toBe(false);
    expect(await auditActions(ctx.orgId)).toEqual([]);

    const idempotent = defineUseCase({
      actions: ['organisation.updated'],
      async run({ unchanged }, _ctx: OrgActor, _input: void) {
        unchanged();
        return 'nothing to do';
      },
    });
    expect(await idempotent(deps, ctx, undefined)).toBe('nothing to do');
    expect(await auditActions(ctx.orgId)).toEqual([]);
  });

  it('validates the input before the transaction opens, naming the field, and writes nothing', async () => {
    const validated = defineUseCase({
      actions: ['organisation.updated'],
      input: z.object({ id: z.uuid(), note: z.string().max(5) }),
      async run({ trx, record }, _ctx: OrgActor, input: { id: string; note: string }) {
        await insertProbe(trx, input.id);
        await record('organisation.updated', { subjectType: 'probe', subjectId: input.id }, {});
      },
    });
    const ctx = newCtx();
    const id = randomUUID();
    const refused = await validated(deps, ctx, { id, note: 'far too long' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('validation_failed');
    expect((refused as DomainError).invalidParams.map((p) => p.name)).toEqual(['body.note']);
    expect(await probeExists(t.db, id)).toBe(false);
    expect(await auditActions(ctx.orgId)).toEqual([]);
    await validated(deps, ctx, { id, note: 'short' });
    expect(await probeExists(t.db, id)).toBe(true);
  });

  it('refuses to record an action the use case does not declare', async () => {
    const undeclared = defineUseCase({
      actions: ['organisation.updated'],
      async run({ trx, record }, _ctx: OrgActor, id: string) {
        await insertProbe(trx, id);
        // The types refuse it too; the runner must hold also when they are bypassed.
        await record('member.removed' as 'organisation.updated', { subjectType: 'probe', subjectId: id }, {});
      },
    });
    const ctx = newCtx();
    const id = randomUUID();
    await expect(undeclared(deps, ctx, id)).rejects.toThrow(/member\.removed, which it does not declare/);
    expect(await probeExists(t.db, id)).toBe(false);
    expect(await auditActions(ctx.orgId)).toEqual([]);
  });

  it('hands subscribers the typed event with its audit hash inside the transaction', async () => {
    const removeProbe = defineUseCase({
      actions: ['member.removed'],
      async run({ trx, record }, _ctx: OrgActor, id: string) {
        await insertProbe(trx, id, 'removal');
        const row = await record(
          'member.removed',
          { subjectType: 'member', subjectId: id },
          { userId: id, role: 'auditor' },
        );
        return row.hash;
      },
    });
    const received: { event: DomainEvent<'member.removed'>; changeVisible: boolean; committedYet: boolean }[] = [];
    events.onEach('member.removed', 'runner-test', async (scope, event) => {
      const id = event.data.userId;
      received.push({
        event,
        changeVisible: await probeExists(scope.trx, id),
        committedYet: await probeExists(t.db, id),
      });
      if (event.data.role === 'auditor' && id.startsWith('0')) throw new Error('subscriber refused');
    });
    const ctx = newCtx();
    let id = randomUUID();
    while (id.startsWith('0')) id = randomUUID();
    const hash = await removeProbe(deps, ctx, id);
    expect(received).toHaveLength(1);
    const [{ event, changeVisible, committedYet }] = received as [(typeof received)[number]];
    expect(event).toMatchObject({
      action: 'member.removed',
      orgId: ctx.orgId,
      subjectId: id,
      auditHash: hash,
      data: { userId: id, role: 'auditor' },
    });
    // The subscriber runs in the use case's transaction: it sees the change before anyone else does.
    expect([changeVisible, committedYet]).toEqual([true, false]);

    // A throwing subscriber rolls back the change and its audit event.
    const refusedCtx = newCtx();
    const refusedId = `0${randomUUID().slice(1)}`;
    await expect(removeProbe(deps, refusedCtx, refusedId)).rejects.toThrow('subscriber refused');
    expect(received).toHaveLength(2);
    expect(await probeExists(t.db, refusedId)).toBe(false);
    expect(await auditActions(refusedCtx.orgId)).toEqual([]);
  });
});

// Type-level checks, verified by `npm run typecheck` (tsc fails when an expected error disappears); never run.
export async function nestingIsATypeError(trx: Trx, db: Db): Promise<void> {
  // @ts-expect-error a Trx is not a Db: a use case cannot start inside another one's transaction
  await writeProbe({ ...deps, db: trx }, newCtx(), { id: 'nested' });
  // @ts-expect-error a Db is not a Trx: an audit event is appended in the change's transaction only
  await recordAuditEvents(db, SYSTEM_ACTOR, [{ orgId: null, action: 'probe', subjectType: 'probe' }]);
}

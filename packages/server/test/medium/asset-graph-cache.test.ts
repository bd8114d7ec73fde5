import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trx } from '../../src/db/database.ts';
import { insertDependency, insertExternalDependant } from '../../src/repositories/asset-graph.repository.ts';
import { insertAsset, type AssetFields } from '../../src/repositories/asset.repository.ts';
import { addExternalDependant } from '../../src/services/assets/add-external-dependant.ts';
import { assetImpact } from '../../src/services/assets/asset-impact.ts';
import { changeAsset } from '../../src/services/assets/change-asset.ts';
import { createTestOrg, type TestOrg } from '../support/fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let org: TestOrg;

const fields = (name: string): AssetFields & { org_id: string } => ({
  org_id: org.id,
  name,
  kind: 'asset',
  description: null,
  crown_jewel: false,
  owner: null,
  asset_type: null,
  control_function: null,
  confidentiality: null,
  integrity: null,
  availability: null,
  max_tolerable_downtime_hours: null,
  people_served: null,
});

beforeAll(async () => {
  org = await createTestOrg(t.db, 'Cache Ziekenhuis', 'entity', ['owner']);
});

async function waitForBlockedRead(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await sql<{ n: string }>`
      SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
      WHERE NOT l.granted AND c.relname = 'asset_dependencies'`.execute(t.db);
    if (Number(r.rows[0]!.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the graph read never waited on asset_dependencies');
}

it('loads a graph from one moment, even when a write commits halfway through loading it', async () => {
  const ctx = { actor: { type: 'system', label: 'test' }, orgId: org.id, role: 'owner', orgKind: 'entity' } as never;
  const power = await insertAsset(t.db, fields('Stroom'));
  let newcomer = '';
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  // Another process: it holds the edges table while the read starts, then adds a node and its edge.
  const writer = t.db.transaction().execute(async (trx) => {
    await sql`LOCK TABLE asset_dependencies IN ACCESS EXCLUSIVE MODE`.execute(trx);
    locked();
    await released;
    newcomer = (await insertAsset(trx, fields('Server'))).id;
    await insertDependency(trx, { org_id: org.id, from_asset_id: newcomer, to_asset_id: power.id, description: null });
  });
  await isLocked;
  const reading = assetImpact(t.db, ctx, [power.id]);
  await waitForBlockedRead();
  // Let the read's other queries finish before the write commits.
  await new Promise((resolve) => setTimeout(resolve, 100));
  release();
  await writer;
  // The graph as it was when the read began: the new edge needs its node, and neither is there yet.
  expect((await reading).affected.map((a) => a.id)).toEqual([power.id]);
  // The stamp moved with the write, so the next read loads the graph again.
  expect((await assetImpact(t.db, ctx, [power.id])).affected.map((a) => a.id)).toEqual([power.id, newcomer]);
});

describe('a service never turns into an asset while it gains an external dependant', () => {
  const ctx = { actor: { type: 'system', label: 'test' }, role: 'owner', orgKind: 'entity' };
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'done',
      (e: { code?: string }) => e.code ?? String(e),
    );
  // Another process holds the asset as the other use case does, and commits its half after a pause.
  async function whileHeld(
    mode: 'share' | 'no key update',
    then: (trx: Trx) => Promise<void>,
    run: () => Promise<unknown>,
  ) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    const other = t.db.transaction().execute(async (trx) => {
      await sql`SELECT 1 FROM assets WHERE id = ${serviceId} FOR ${sql.raw(mode.toUpperCase())}`.execute(trx);
      held();
      await released;
      await then(trx as unknown as Trx);
    });
    await isHeld;
    const result = outcome(run());
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await other;
    return result;
  }
  let serviceId = '';

  it('the change of kind waits for a dependant being added, then refuses', async () => {
    serviceId = (await insertAsset(t.db, { ...fields('Drinkwater'), kind: 'service' })).id;
    const deps = testDeps(t.db);
    const result = await whileHeld(
      'share',
      (trx) =>
        insertExternalDependant(trx, {
          org_id: org.id,
          asset_id: serviceId,
          name: 'Ziekenhuis',
          kind: 'organisation',
          count: null,
        }).then(() => undefined),
      () => changeAsset(deps, { ...ctx, orgId: org.id } as never, { id: serviceId, changes: { kind: 'asset' } }),
    );
    expect(result).toBe('conflict');
  });

  it('adding a dependant waits for a change of kind, then refuses', async () => {
    serviceId = (await insertAsset(t.db, { ...fields('Bluswater'), kind: 'service' })).id;
    const deps = testDeps(t.db);
    const result = await whileHeld(
      'no key update',
      (trx) => sql`UPDATE assets SET kind = 'asset' WHERE id = ${serviceId}`.execute(trx).then(() => undefined),
      () =>
        addExternalDependant(deps, { ...ctx, orgId: org.id } as never, {
          assetId: serviceId,
          name: 'Brandweer',
          kind: 'government',
          count: null,
        }),
    );
    expect(result).toBe('validation_failed');
  });
});

import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { insertDependency } from '../../src/repositories/asset-graph.repository.ts';
import { insertAsset, type AssetFields } from '../../src/repositories/asset.repository.ts';
import { assetImpact } from '../../src/services/assets/asset-impact.ts';
import { createTestOrg, type TestOrg } from '../support/fixtures.ts';
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

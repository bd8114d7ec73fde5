import { sql } from 'kysely';
import { concentrationOf } from '../packages/core/src/suppliers/concentration.ts';
import { bumpAssetGraphStamp } from '../packages/server/src/repositories/asset-graph.repository.ts';
import { directConcentrationBySql } from '../packages/server/src/repositories/supplier.repository.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { currentAssetGraph } from '../packages/server/src/services/assets/asset-graph-cache.ts';
import { supplierConcentration } from '../packages/server/src/services/suppliers/concentration-queries.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { random, stats } from './lib/sample.ts';

const ASSETS = Number(process.env.BENCH_ASSETS ?? 50_000);
const DEPENDENCIES = Number(process.env.BENCH_DEPENDENCIES ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const fmt = (x: number) => `${x.toFixed(1)} ms`;

/**
 * The concentration analysis (issue 13 item 9) on one organisation of 50,000 assets and 200,000 dependencies,
 * the layered shape of bench/asset-impact.bench.ts: 4 % services (half of them crown jewels), processes,
 * systems, information, and at the bottom 2 % suppliers' services and utilities, grouped under 300 suppliers;
 * 10 % of the dependencies on the bottom layer have an identified alternative. Measured, alternating in one
 * run: the whole query (graph stamp, recovery facts, critical services, transitive walk from every supplier
 * and utility, presentation), the pure walk alone, and a plain SQL aggregate over the same edges (direct
 * dependants only: it cannot see a service that depends on a supplier through a system).
 */
export async function benchConcentration(p: BenchPlatform): Promise<void> {
  const { org } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'entity',
    name: 'Bench Concentratie BV',
    owner: { email: 'owner@concentration.bench.example', name: 'Bench', password: 'bench password 123' },
  });
  const rnd = random(13);
  const bounds = [0.04, 0.2, 0.7, 0.98, 1].map((f) => Math.round(f * ASSETS));
  const layerOf = (i: number) => bounds.findIndex((b) => i < b);
  const types = [null, 'process', 'it_system', 'information', 'supplier_service'] as const;
  const ids: string[] = [];
  const t0 = performance.now();
  for (let start = 0; start < ASSETS; start += 10_000) {
    const n = Math.min(10_000, ASSETS - start);
    const names = Array.from({ length: n }, (_, k) => `bench ${start + k}`);
    const kinds = names.map((_, k) => (layerOf(start + k) === 0 ? 'service' : 'asset'));
    const assetTypes = names.map((_, k) => {
      const layer = layerOf(start + k);
      return layer === 4 && (start + k) % 5 === 0 ? 'utility' : (types[layer] ?? null);
    });
    const crown = names.map((_, k) => layerOf(start + k) === 0 && (start + k) % 2 === 0);
    const rows = await sql<{ id: string }>`
      INSERT INTO assets (org_id, name, kind, asset_type, crown_jewel)
      SELECT ${org.id}, * FROM unnest(${names}::text[], ${kinds}::text[], ${assetTypes}::text[], ${crown}::boolean[])
      RETURNING id`.execute(p.db);
    ids.push(...rows.rows.map((r) => r.id));
  }
  const edges = new Set<string>();
  const from: string[] = [];
  const to: string[] = [];
  const covered: [string, string][] = [];
  while (edges.size < DEPENDENCIES) {
    const i = Math.floor(rnd() * bounds[3]!);
    const below = bounds[layerOf(i)]!;
    const upwards = rnd() < 0.02;
    const j = upwards ? Math.floor(rnd() * ASSETS) : below + Math.floor(rnd() * (ASSETS - below));
    if (i === j || edges.has(`${i},${j}`)) continue;
    edges.add(`${i},${j}`);
    from.push(ids[i]!);
    to.push(ids[j]!);
    if (j >= bounds[3]! && rnd() < 0.1) covered.push([ids[i]!, ids[j]!]);
  }
  for (let start = 0; start < from.length; start += 50_000) {
    await sql`
      INSERT INTO asset_dependencies (org_id, from_asset_id, to_asset_id)
      SELECT ${org.id}, * FROM unnest(${from.slice(start, start + 50_000)}::uuid[], ${to.slice(start, start + 50_000)}::uuid[])`.execute(
      p.db,
    );
  }
  const supplierNames = Array.from({ length: 300 }, (_, k) => `Leverancier ${k}`);
  const suppliers = await sql<{ id: string }>`
    INSERT INTO suppliers (org_id, name) SELECT ${org.id}, * FROM unnest(${supplierNames}::text[]) RETURNING id`.execute(
    p.db,
  );
  const supplierIds = suppliers.rows.map((r) => r.id);
  const bottom = ids.slice(bounds[3]!);
  const linked = bottom.filter((_, k) => k % 5 !== 0);
  await sql`
    INSERT INTO supplied_services (org_id, asset_id, supplier_id)
    SELECT ${org.id}, * FROM unnest(${linked}::uuid[], ${linked.map((_, k) => supplierIds[k % supplierIds.length]!)}::uuid[])`.execute(
    p.db,
  );
  await sql`
    INSERT INTO supplier_alternatives (org_id, from_asset_id, to_asset_id, alternative_supplier_id, switch_over_hours)
    SELECT ${org.id}, f, t, s, 4 FROM unnest(${covered.map((c) => c[0])}::uuid[], ${covered.map((c) => c[1])}::uuid[],
      ${covered.map((_, k) => supplierIds[(k * 7) % supplierIds.length]!)}::uuid[]) AS x(f, t, s)`.execute(p.db);
  await bumpAssetGraphStamp(p.db, org.id);
  await sql`ANALYZE assets; ANALYZE asset_dependencies; ANALYZE suppliers; ANALYZE supplied_services; ANALYZE supplier_alternatives`.execute(
    p.db,
  );
  console.log(
    `\n## Concentration: ${ASSETS} assets, ${DEPENDENCIES} dependencies, ${bottom.length} suppliers' services and utilities under ${supplierIds.length} suppliers, ${covered.length} alternatives (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s), ${RUNS} runs`,
  );

  const ctx = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner', orgKind: 'entity' } as const;
  const cached = await currentAssetGraph(p.db, org.id);
  const critical = new Map(
    ids
      .slice(0, bounds[0]!)
      .filter((_, k) => k % 2 === 0)
      .map((id) => [id, 12] as [string, number]),
  );
  const sources = supplierIds.map((id, k) => ({
    key: id,
    label: supplierNames[k]!,
    nodeIds: linked.filter((_, m) => m % supplierIds.length === k),
  }));
  const coveredEdges = covered.map(([f, t]) => ({ from: f, to: t }));
  // Warm all three (JIT, buffers), then alternate so none gets a quieter machine.
  for (let k = 0; k < 3; k++) {
    await supplierConcentration(p.db, ctx, { minServices: 2 });
    await directConcentrationBySql(p.db, org.id);
  }
  const query: number[] = [];
  const walk: number[] = [];
  const sqlAggregate: number[] = [];
  let hits = 0;
  let direct = 0;
  for (let k = 0; k < RUNS; k++) {
    let s = performance.now();
    const result = await supplierConcentration(p.db, ctx, { minServices: 2 });
    query.push(performance.now() - s);
    hits = result.items.length;
    s = performance.now();
    concentrationOf({ dependentsOf: cached.graph.dependentsOf, coveredEdges, critical, sources });
    walk.push(performance.now() - s);
    s = performance.now();
    direct = (await directConcentrationBySql(p.db, org.id)).length;
    sqlAggregate.push(performance.now() - s);
  }
  const q = stats(query);
  const w = stats(walk);
  const a = stats(sqlAggregate);
  console.log(
    `single points of failure found (transitive, >= 2 critical services): ${hits}; by the direct SQL aggregate: ${direct}`,
  );
  console.log(`concentration query (facts + transitive walk + presented): median ${fmt(q.median)}, p95 ${fmt(q.p95)}`);
  console.log(`pure walk alone (concentrationOf on the cached graph):     median ${fmt(w.median)}, p95 ${fmt(w.p95)}`);
  console.log(`plain SQL aggregate (direct dependants only):              median ${fmt(a.median)}, p95 ${fmt(a.p95)}`);
  console.log(
    `ratio query / SQL aggregate: median ${(q.median / a.median).toFixed(2)}, p95 ${(q.p95 / a.p95).toFixed(2)}`,
  );
  console.log(
    `ratio walk / SQL aggregate:  median ${(w.median / a.median).toFixed(2)}, p95 ${(w.p95 / a.p95).toFixed(2)}`,
  );
}

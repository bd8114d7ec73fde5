import { sql } from 'kysely';
import {
  bumpAssetGraphStamp,
  dependentsByRecursiveQuery,
} from '../packages/server/src/repositories/asset-graph.repository.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { currentAssetGraph } from '../packages/server/src/services/assets/asset-graph-cache.ts';
import { assetImpact } from '../packages/server/src/services/assets/asset-impact.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { random, stats } from './lib/sample.ts';

const ASSETS = Number(process.env.BENCH_ASSETS ?? 50_000);
const DEPENDENCIES = Number(process.env.BENCH_DEPENDENCIES ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);

const fmt = (x: number) => `${x.toFixed(2)} ms`;

/**
 * "What breaks if X fails" on one organisation of 50,000 assets and 200,000 dependencies, shaped like a real
 * register: services on top, then processes, systems and information, then suppliers and utilities at the
 * bottom; each node depends on a few below it, and 2 % of the edges point upwards (cycles). The impact query
 * (stamp check + breadth-first walk of the cached graph + the first 500 named) against a plain recursive CTE
 * over the same table, on the same failed assets, in the same run; and what loading the graph costs once.
 */
export async function benchAssetImpact(p: BenchPlatform): Promise<void> {
  const { org } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'entity',
    name: 'Bench Graaf BV',
    owner: { email: 'owner@graph.bench.example', name: 'Bench', password: 'bench password 123' },
  });
  const rnd = random(11);
  // Layers by position: 0–4 % services, –20 % processes, –70 % systems, –98 % information/locations/people,
  // the last 2 % suppliers and utilities.
  const bounds = [0.04, 0.2, 0.7, 0.98, 1].map((f) => Math.round(f * ASSETS));
  const layerOf = (i: number) => bounds.findIndex((b) => i < b);
  const types = [null, 'process', 'it_system', 'information', 'utility'] as const;
  const ids: string[] = [];
  const t0 = performance.now();
  for (let start = 0; start < ASSETS; start += 10_000) {
    const n = Math.min(10_000, ASSETS - start);
    const names = Array.from({ length: n }, (_, k) => `bench ${start + k}`);
    const kinds = names.map((_, k) => (layerOf(start + k) === 0 ? 'service' : 'asset'));
    const assetTypes = names.map((_, k) => types[layerOf(start + k)] ?? null);
    const rows = await sql<{ id: string }>`
      INSERT INTO assets (org_id, name, kind, asset_type)
      SELECT ${org.id}, * FROM unnest(${names}::text[], ${kinds}::text[], ${assetTypes}::text[])
      RETURNING id`.execute(p.db);
    ids.push(...rows.rows.map((r) => r.id));
  }
  const edges = new Set<string>();
  const from: string[] = [];
  const to: string[] = [];
  while (edges.size < DEPENDENCIES) {
    const i = Math.floor(rnd() * bounds[3]!);
    const below = bounds[layerOf(i)]!;
    const upwards = rnd() < 0.02;
    const j = upwards ? Math.floor(rnd() * ASSETS) : below + Math.floor(rnd() * (ASSETS - below));
    if (i === j || edges.has(`${i},${j}`)) continue;
    edges.add(`${i},${j}`);
    from.push(ids[i]!);
    to.push(ids[j]!);
  }
  for (let start = 0; start < from.length; start += 50_000) {
    await sql`
      INSERT INTO asset_dependencies (org_id, from_asset_id, to_asset_id)
      SELECT ${org.id}, * FROM unnest(${from.slice(start, start + 50_000)}::uuid[], ${to.slice(start, start + 50_000)}::uuid[])`.execute(
      p.db,
    );
  }
  await bumpAssetGraphStamp(p.db, org.id);
  await sql`ANALYZE assets; ANALYZE asset_dependencies`.execute(p.db);
  console.log(
    `\n## Asset impact: ${ASSETS} assets, ${DEPENDENCIES} dependencies (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s), ${QUERIES} failed assets`,
  );

  const ctx = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner', orgKind: 'entity' } as const;
  // Loading the whole graph: what the first question after a change costs.
  const loads: number[] = [];
  for (let k = 0; k < 5; k++) {
    await bumpAssetGraphStamp(p.db, org.id);
    const s = performance.now();
    await currentAssetGraph(p.db, org.id);
    loads.push(performance.now() - s);
  }

  const l = stats(loads);
  console.log(
    `loading the graph (first question after a change): median ${fmt(l.median)}, max ${fmt(Math.max(...loads))}`,
  );
  const randomAssets = Array.from({ length: QUERIES }, () => ids[Math.floor(rnd() * ASSETS)]!);
  const bottom = bounds[3]!;
  const utilities = Array.from({ length: QUERIES }, () => ids[bottom + Math.floor(rnd() * (ASSETS - bottom))]!);
  await compare('any asset', randomAssets);
  await compare('a supplier or utility (the bottom layer: the big blast radius)', utilities);

  async function compare(label: string, failed: string[]): Promise<void> {
    // Warm both paths (JIT, buffers), then alternate so neither gets a quieter machine.
    for (const id of failed.slice(0, 10)) {
      await assetImpact(p.db, ctx, [id]);
      await dependentsByRecursiveQuery(p.db, org.id, id);
    }
    const ours: number[] = [];
    const cte: number[] = [];
    const sizes: number[] = [];
    for (const id of failed) {
      let s = performance.now();
      const impact = await assetImpact(p.db, ctx, [id]);
      ours.push(performance.now() - s);
      s = performance.now();
      const reached = await dependentsByRecursiveQuery(p.db, org.id, id);
      cte.push(performance.now() - s);
      sizes.push(reached.length);
      const total = impact.totals.services + impact.totals.assets;
      if (reached.length !== total) throw new Error(`impact and CTE disagree for ${id}: ${total} vs ${reached.length}`);
    }
    const o = stats(ours);
    const c = stats(cte);
    const z = stats(sizes);
    console.log(`\n### ${QUERIES} failures of ${label}`);
    console.log(`affected assets per failure: median ${z.median}, p95 ${z.p95} (both methods agree on every one)`);
    console.log(`impact (stamp + in-memory BFS, hops, 500 named): median ${fmt(o.median)}, p95 ${fmt(o.p95)}`);
    console.log(`plain recursive CTE (ids only, no hops):          median ${fmt(c.median)}, p95 ${fmt(c.p95)}`);
    console.log(`ratio impact / CTE: median ${(o.median / c.median).toFixed(3)}, p95 ${(o.p95 / c.p95).toFixed(3)}`);
    console.log(
      `goal: median < 50 ms ${o.median < 50 ? 'met' : 'NOT met'}; no slower than the CTE ${o.median <= c.median ? 'met' : 'NOT met'}`,
    );
  }
}

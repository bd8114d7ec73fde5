import { sql } from 'kysely';
import { CATALOGUES, IMPLEMENTATION_STATUSES } from '../packages/core/src/measures/index.ts';
import { createApiToken } from '../packages/server/src/services/accounts/create-api-token.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { random, stats } from './lib/sample.ts';

const ORGS = Number(process.env.BENCH_ORGS ?? 1_000);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
/** Organisations reached over HTTP with their own API token (the rest only fill the tables). */
const MEASURED = 10;

const fmt = (x: number) => `${x.toFixed(2)} ms`;

/**
 * Measures at scale (issue 12 item 11): 1,000 organisations that each adopted every catalogue, 100,000
 * implementation records spread over them. Per request, sequentially over HTTP with an API token, the
 * framework overview (GET /measure-coverage: coverage per catalogue and section with the crosswalk, the
 * gaps and the history) and the gap analysis (GET /measure-exports/gap-analysis, CSV), each next to a
 * plain `SELECT count(*)` over the same organisation's implementation rows, in the same run.
 */
export async function benchMeasures(p: BenchPlatform): Promise<void> {
  const t0 = performance.now();
  const rnd = random(12);
  // A few organisations made as people make them, with an owner and an API token; the rest by SQL.
  const tokens: { orgId: string; token: string }[] = [];
  for (let k = 0; k < MEASURED; k++) {
    const { org, ownerId } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
      kind: 'entity',
      name: `Bench Maatregelen ${k}`,
      owner: { email: `owner${k}@measures.bench.example`, name: 'Bench', password: 'bench password 123' },
    });
    const [role, orgKind] = ['owner', 'entity'] as const;
    const actor = {
      type: 'user',
      userId: ownerId,
      label: 'owner',
      sessionId: '',
      orgId: org.id,
      role,
      orgKind,
    } as const;
    const { token } = await createApiToken(
      p.app.deps,
      { actor, orgId: org.id, role, orgKind },
      {
        name: 'bench',
        role: 'auditor',
      },
    );
    tokens.push({ orgId: org.id, token });
  }
  const names = Array.from({ length: ORGS - MEASURED }, (_, k) => `Bench Maatregelen ${MEASURED + k}`);
  const rest = await sql<{ id: string }>`
    INSERT INTO organisations (kind, name) SELECT 'entity', * FROM unnest(${names}::text[]) RETURNING id`.execute(p.db);
  const orgIds = [...tokens.map((t) => t.orgId), ...rest.rows.map((r) => r.id)];
  const catalogueIds = CATALOGUES.map((c) => c.id);
  await sql`
    INSERT INTO measure_frameworks (org_id, catalogue_id, adopted_by)
    SELECT o, c, 'bench' FROM unnest(${orgIds}::uuid[]) o CROSS JOIN unnest(${catalogueIds}::text[]) c
    ON CONFLICT DO NOTHING`.execute(p.db);
  const requirementIds = CATALOGUES.flatMap((c) => c.sections.flatMap((s) => s.requirements.map((r) => r.id)));
  const perOrg = Math.min(requirementIds.length, Math.ceil(RECORDS / ORGS));
  const org: string[] = [];
  const req: string[] = [];
  const status: string[] = [];
  for (const id of orgIds) {
    // perOrg distinct requirements (partial Fisher–Yates).
    const pool = [...requirementIds];
    for (let i = 0; i < perOrg && org.length < RECORDS; i++) {
      const j = i + Math.floor(rnd() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      org.push(id);
      req.push(pool[i]!);
      status.push(IMPLEMENTATION_STATUSES[Math.floor(rnd() * IMPLEMENTATION_STATUSES.length)]!);
    }
  }
  for (let start = 0; start < org.length; start += 20_000) {
    const end = start + 20_000;
    await sql`
      INSERT INTO measure_implementations (org_id, requirement_id, status, owner, how_implemented, justification, updated_by)
      SELECT o, r, s, 'CISO', 'Geregeld in het beleid', CASE WHEN s = 'not-applicable' THEN 'Geldt niet voor ons' END, 'bench'
      FROM unnest(${org.slice(start, end)}::uuid[], ${req.slice(start, end)}::text[], ${status.slice(start, end)}::text[]) AS t(o, r, s)`.execute(
      p.db,
    );
  }
  await sql`ANALYZE organisations; ANALYZE measure_frameworks; ANALYZE measure_implementations`.execute(p.db);
  console.log(
    `\n## Measures: ${ORGS} organisations × ${catalogueIds.length} catalogues (${requirementIds.length} requirements), ${org.length} implementation records (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s), ${QUERIES} requests each, sequential`,
  );

  const get = async (path: string, token: string) => {
    const res = await fetch(`${p.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  const count = (orgId: string) =>
    sql`SELECT count(*) FROM measure_implementations WHERE org_id = ${orgId}`.execute(p.db);

  const overview: number[] = [];
  const gaps: number[] = [];
  const baseline: number[] = [];
  // Warm every path (JIT, buffers, the crosswalk index), then alternate so none gets a quieter machine.
  for (const t of tokens) {
    await get('/api/v1/measure-coverage', t.token);
    await get('/api/v1/measure-exports/gap-analysis?format=machine', t.token);
    await count(t.orgId);
  }
  for (let i = 0; i < QUERIES; i++) {
    const t = tokens[i % tokens.length]!;
    let s = performance.now();
    await get('/api/v1/measure-coverage', t.token);
    overview.push(performance.now() - s);
    s = performance.now();
    await get('/api/v1/measure-exports/gap-analysis?format=machine', t.token);
    gaps.push(performance.now() - s);
    s = performance.now();
    await count(t.orgId);
    baseline.push(performance.now() - s);
  }
  const o = stats(overview);
  const g = stats(gaps);
  const b = stats(baseline);
  console.log(`framework overview (GET /measure-coverage):      median ${fmt(o.median)}, p95 ${fmt(o.p95)}`);
  console.log(`gap analysis (GET /measure-exports/gap-analysis): median ${fmt(g.median)}, p95 ${fmt(g.p95)}`);
  console.log(`baseline SELECT count(*) of the org's records:    median ${fmt(b.median)}, p95 ${fmt(b.p95)}`);
  console.log(
    `ratio overview / baseline: median ${(o.median / b.median).toFixed(1)}, p95 ${(o.p95 / b.p95).toFixed(1)}; ` +
      `gap analysis / baseline: median ${(g.median / b.median).toFixed(1)}, p95 ${(g.p95 / b.p95).toFixed(1)}`,
  );
  console.log(
    `goal p95 < 100 ms: overview ${o.p95 < 100 ? 'met' : 'NOT met'}, gap analysis ${g.p95 < 100 ? 'met' : 'NOT met'}`,
  );
}

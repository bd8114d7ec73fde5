// TAXII 2.1 paging (issue 14 item 8b): 100,000 indicators among 150,000 objects of one collection, read over
// HTTP in pages of 1,000 with match[type]=indicator (auth, TLP filter in SQL, envelope, next), next to a bare
// SELECT of the same rows (same keyset pages, same columns, no filter but the type) in the same run.
import { sql } from 'kysely';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { createApiToken } from '../packages/server/src/services/accounts/create-api-token.ts';
import { createCommunity } from '../packages/server/src/services/sharing/create-community.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../packages/server/src/kernel/actor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';

const MATCHING = Number(process.env.BENCH_TAXII_OBJECTS ?? 100_000);
const OTHERS = Math.round(MATCHING / 2);
const PAGE = 1000;
const TLP_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';

export async function benchTaxii(p: BenchPlatform): Promise<void> {
  const { org, ownerId } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'authority',
    name: 'Bench TAXII CSIRT',
    owner: { email: 'owner@taxii.bench.example', name: 'Bench', password: 'bench password 123' },
  });
  const ctx: OrgActor = {
    actor: {
      type: 'user',
      userId: ownerId,
      label: 'bench',
      sessionId: '',
      orgId: org.id,
      role: 'owner',
      orgKind: 'authority',
    },
    orgId: org.id,
    role: 'owner',
    orgKind: 'authority',
  };
  const community = await createCommunity(p.app.deps, ctx, { name: 'Bench ISAC', kind: 'sector' });
  const { token } = await createApiToken(p.app.deps, ctx, { name: 'bench', role: 'analyst' });

  const t0 = performance.now();
  for (const [type, count] of [
    ['indicator', MATCHING],
    ['malware', OTHERS],
  ] as const) {
    for (let start = 0; start < count; start += 10_000) {
      const n = Math.min(10_000, count - start);
      await sql`
        INSERT INTO stix_objects (community_id, id, modified, modified_at, type, spec_version, owner_org_id, tlp,
                                  title, object, date_added)
        SELECT ${community.id}::uuid, ${type}::text || '--' || gen_random_uuid(), '2026-12-01T00:00:00.000Z',
               '2026-12-01T00:00:00.000Z', ${type}::text, '2.1', ${org.id}::uuid, 'GREEN', ${type}::text || ' ' || g,
               json_build_object('type', ${type}::text, 'spec_version', '2.1', 'id', ${type}::text || '--' || gen_random_uuid(),
                 'created', '2026-12-01T00:00:00.000Z', 'modified', '2026-12-01T00:00:00.000Z',
                 'name', ${type}::text || ' ' || g, 'pattern', '[ipv4-addr:value = ''198.51.100.' || (g % 255) || ''']',
                 'pattern_type', 'stix', 'valid_from', '2026-12-01T00:00:00.000Z',
                 'object_marking_refs', json_build_array(${TLP_GREEN}::text)),
               timestamptz '2026-12-07T00:00:00Z' + (g * interval '1 millisecond')
        FROM generate_series(${start}::int, ${start + n - 1}::int) g`.execute(p.db);
    }
  }
  await sql`ANALYZE stix_objects`.execute(p.db);
  console.log(`\n## TAXII 2.1 paging — ${MATCHING} indicators among ${MATCHING + OTHERS} objects, pages of ${PAGE}`);
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const base = `${p.url}/taxii2/weerbaar/collections/${community.id}/objects/?match[type]=indicator&limit=${PAGE}`;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' };
  const taxiiRun = async () => {
    let url = base;
    let seen = 0;
    for (;;) {
      const res = await fetch(url, { headers });
      if (res.status !== 200) throw new Error(`TAXII ${res.status}: ${await res.text()}`);
      const body = (await res.json()) as { more?: boolean; next?: string; objects?: unknown[] };
      seen += body.objects?.length ?? 0;
      if (!body.more) break;
      url = `${base}&next=${encodeURIComponent(body.next!)}`;
    }
    return seen;
  };
  const bareRun = async () => {
    let after: { d: Date; s: string } | null = null;
    let seen = 0;
    for (;;) {
      const rows: { date_added: Date; seq: string; json: string }[] = (
        await sql<{ date_added: Date; seq: string; json: string }>`
          SELECT date_added, seq, object::text AS json FROM stix_objects
          WHERE community_id = ${community.id} AND type = 'indicator'
            ${after ? sql`AND (date_added, seq) > (${after.d}, ${after.s}::bigint)` : sql``}
          ORDER BY date_added, seq LIMIT ${PAGE}`.execute(p.db)
      ).rows;
      seen += rows.length;
      if (rows.length < PAGE) break;
      const last = rows.at(-1)!;
      after = { d: last.date_added, s: last.seq };
    }
    return seen;
  };
  // One warm-up of each, then three timed runs of each, alternating.
  await taxiiRun();
  await bareRun();
  const taxiiMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const a = await taxiiRun();
    taxiiMs.push(performance.now() - t);
    t = performance.now();
    const b = await bareRun();
    bareMs.push(performance.now() - t);
    if (a !== MATCHING || b !== MATCHING) throw new Error(`paged ${a} over TAXII and ${b} bare, expected ${MATCHING}`);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1]!;
  const rate = (ms: number) => Math.round((MATCHING / ms) * 1000);
  console.log(
    `TAXII over HTTP (auth, TLP filter, envelope, next): median ${median(taxiiMs).toFixed(0)} ms → ${rate(median(taxiiMs))} objects/s (goal ≥ 20,000)`,
  );
  console.log(
    `bare SELECT, same keyset pages:                      median ${median(bareMs).toFixed(0)} ms → ${rate(median(bareMs))} objects/s`,
  );
  console.log(`ratio TAXII / bare SELECT: ${(median(taxiiMs) / median(bareMs)).toFixed(2)}`);
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildAdvisoryIndex,
  extractAdvisoryFacts,
  matchInventory,
  matchKeysOf,
  type AdvisoryFacts,
  type MatchItem,
} from '../packages/core/src/advisories/index.ts';
import { sql } from 'kysely';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { random } from './lib/sample.ts';

const ITEMS = Number(process.env.BENCH_INVENTORY ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CORPUS = fileURLToPath(new URL('../packages/server/test/fixtures/csaf/cisa-ot-2024/', import.meta.url));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => `${x.toFixed(1)} ms`;

/** 100,000 inventory items: 2 % name products of the corpus (some versions in range, some not), the rest unknown products, a third with CPEs and purls. */
function inventory(facts: AdvisoryFacts[]): MatchItem[] {
  const rnd = random(14);
  const known = facts.flatMap((f) => f.products.filter((p) => p.vendor && p.product));
  const items: MatchItem[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const id = `item-${i}`;
    const assetId = `asset-${i % 5000}`;
    if (rnd() < 0.02) {
      const p = known[Math.floor(rnd() * known.length)]!;
      items.push({
        id,
        assetId,
        vendor: p.vendor!,
        product: p.product!,
        version: `${Math.floor(rnd() * 10)}.${Math.floor(rnd() * 10)}`,
      });
    } else if (rnd() < 0.33) {
      items.push({
        id,
        assetId,
        cpe: `cpe:2.3:a:vendor${i % 997}:product${i}:${i % 13}.0:*:*:*:*:*:*:*`,
        purl: `pkg:npm/lib-${i}@1.${i % 7}.0`,
      });
    } else {
      items.push({
        id,
        assetId,
        vendor: `Leverancier ${i % 1500}`,
        product: `Product ${i}`,
        version: `${i % 9}.${i % 4}`,
      });
    }
  }
  return items;
}

/**
 * Matching the 344 CISA ICS advisories of 2024 against an inventory of 100,000 items (issue 14 item 8a), next
 * to a plain JSON.parse of the same corpus in the same run. Matching = indexing the advisories' facts and
 * matching every item: what the matching job does (the facts are read from each document once, at import,
 * and stored; that step is measured and shown beside it). Goal: matching ≤ 3 × JSON.parse.
 */
export async function benchCsafMatching(p?: BenchPlatform): Promise<void> {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(`${CORPUS}${f}`, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const docs = texts.map((t) => JSON.parse(t) as unknown);
  // Stored items carry their match keys (derived once when stored, as asset_products.match_keys).
  const items = inventory(docs.map(extractAdvisoryFacts)).map((i) => ({
    id: i.id,
    assetId: i.assetId,
    keys: matchKeysOf(i),
  }));
  const parse: number[] = [];
  const facts: number[] = [];
  const match: number[] = [];
  let matches = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let t0 = performance.now();
    const parsed = texts.map((t) => JSON.parse(t) as unknown);
    parse.push(performance.now() - t0);
    t0 = performance.now();
    const stored = parsed.map((d, i) => ({ id: String(i), facts: extractAdvisoryFacts(d) }));
    facts.push(performance.now() - t0);
    t0 = performance.now();
    matches = matchInventory(buildAdvisoryIndex(stored), items).length;
    match.push(performance.now() - t0);
  }
  const ratio = median(match) / median(parse);
  console.log(
    `\n## CSAF matching — ${texts.length} advisories (${(bytes / 1e6).toFixed(1)} MB), ${items.length.toLocaleString('en')} inventory items, ${ROUNDS} rounds`,
  );
  console.log(`JSON.parse of the corpus      median ${fmt(median(parse))}`);
  console.log(`facts (once, at import)       median ${fmt(median(facts))}`);
  console.log(`index + match                 median ${fmt(median(match))}  (${matches} matches)`);
  console.log(`ratio matching / JSON.parse   ${ratio.toFixed(2)} × (goal ≤ 3 ×)`);
  console.log(
    `ratio facts + matching / JSON.parse   ${((median(facts) + median(match)) / median(parse)).toFixed(2)} ×`,
  );
  if (p) await benchCsafFeed(p, texts);
}

/**
 * The public CSAF provider feed (issue 14 item 1 of the closing note): the corpus published as TLP:CLEAR by
 * an authority, and index.txt read over HTTP — next to what the feed did before (every document loaded and
 * serialised per request) and a conditional request (304).
 */
async function benchCsafFeed(p: BenchPlatform, texts: string[]): Promise<void> {
  const { org } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'authority',
    name: 'Bench CSAF Autoriteit',
    owner: { email: 'owner@csaf.bench.example', name: 'Bench', password: 'bench password 123' },
  });
  for (const [i, text] of texts.entries()) {
    const f = extractAdvisoryFacts(JSON.parse(text));
    await sql`
      INSERT INTO csaf_advisories (org_id, tracking_id, version, title, publisher_name, tlp, current_release_date,
                                   cves, source, sha512, document, facts, shared)
      VALUES (${org.id}, ${`${f.trackingId}-${i}`}, ${f.version}, ${f.title}, ${f.publisher}, 'CLEAR',
              ${f.currentReleaseDate}, ${f.cves}, 'file', 'x', ${text}::jsonb, ${JSON.stringify(f)}::jsonb, true)`.execute(
      p.db,
    );
  }
  const index = `${p.url}/.well-known/csaf/white/index.txt`;
  const oldWay = async () => {
    // Before: every public document read and serialised to list the paths.
    const rows = await sql<{ tracking_id: string; document: Record<string, unknown> }>`
      SELECT a.tracking_id, a.document FROM csaf_advisories a JOIN organisations o ON o.id = a.org_id
      WHERE o.kind = 'authority' AND a.shared AND a.tlp = 'CLEAR' ORDER BY a.current_release_date DESC`.execute(p.db);
    return rows.rows.map((r) => `${r.tracking_id}\t${JSON.stringify(r.document).length}\n`).join('').length;
  };
  const time = async (f: () => Promise<unknown>) => {
    await f();
    const xs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      await f();
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  const first = await fetch(index);
  const etag = first.headers.get('etag')!;
  const lines = (await first.text()).trim().split('\n').length;
  const before = await time(oldWay);
  const after = await time(async () => (await fetch(index)).text());
  const cached = await time(async () => {
    const res = await fetch(index, { headers: { 'if-none-match': etag } });
    if (res.status !== 304) throw new Error(`expected 304, got ${res.status}`);
  });
  console.log(`\n## CSAF provider feed — index.txt of ${lines} TLP:CLEAR advisories, ${ROUNDS} rounds`);
  console.log(`before: every document loaded + serialised   median ${fmt(before)}`);
  console.log(`index.txt over HTTP (listing query)           median ${fmt(after)}`);
  console.log(`index.txt with If-None-Match (304)            median ${fmt(cached)}`);
}

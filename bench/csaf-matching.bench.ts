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
export async function benchCsafMatching(_p?: BenchPlatform): Promise<void> {
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
}

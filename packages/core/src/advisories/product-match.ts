// "U bent geraakt": which items of an organisation's product inventory an advisory hits (issue 14 item 5).
// An item matches an advisory product on its CPE 2.3 (part, vendor and product), its purl (type, namespace
// and name) or, when neither identifies both sides, on vendor and product name (compared without case,
// spaces or punctuation). The version then decides: the product's exact version, or its vers/vls range.
// An item is hit by a vulnerability when it matches a product the vulnerability lists as affected and no
// product listed as fixed or not affected for it (CSAF §3.2.3.9 product_status). The advisories are
// indexed once by key, so matching 100,000 items costs one map lookup per key of each item.
import type { AdvisoryFacts, AdvisoryProduct } from './csaf-facts.ts';
import { compareVersions, inVersionRange, parseVersionRange, type VersionRange } from './version-range.ts';

export interface MatchItem {
  id: string;
  assetId: string;
  vendor?: string | null;
  product?: string | null;
  version?: string | null;
  cpe?: string | null;
  purl?: string | null;
}

export interface MatchableAdvisory {
  id: string;
  facts: Pick<AdvisoryFacts, 'products' | 'vulnerabilities'>;
}

export type MatchedOn = 'cpe' | 'purl' | 'name';

export interface ProductMatch {
  itemId: string;
  assetId: string;
  advisoryId: string;
  /** The advisory's product ids the item matched as affected. */
  productIds: string[];
  /** The CVEs (or vulnerability titles when a vulnerability has no CVE) that hit the item. */
  cves: string[];
  matchedOn: MatchedOn;
  /** False when the advisory's version range could not be read (a vls in prose): the match is possible, not sure. */
  versionCertain: boolean;
}

interface Entry {
  advisory: number;
  productId: string;
  matchedOn: MatchedOn;
  version?: string;
  range?: VersionRange;
  /** Indexes of vulnerabilities that list the product as affected, resp. fixed or not affected. */
  affected: number[];
  cleared: number[];
}

export interface AdvisoryIndex {
  advisories: readonly MatchableAdvisory[];
  byKey: Map<string, Entry[]>;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** cpe:2.3:part:vendor:product:version:…: the key without the version, and the version ('*' and '-' are any). */
export function cpeParts(cpe: string): { key: string; version?: string } | undefined {
  const f = cpe.split(/(?<!\\):/);
  if (f[0] !== 'cpe' || f[1] !== '2.3' || f.length < 6) return undefined;
  const version = f[5];
  return {
    key: `cpe:${f[2]}:${f[3]}:${f[4]}`.toLowerCase(),
    ...(version && version !== '*' && version !== '-' ? { version } : {}),
  };
}

/** pkg:type/namespace/name@version?qualifiers#subpath: the key without version, qualifiers and subpath. */
export function purlParts(purl: string): { key: string; version?: string } | undefined {
  const m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/i.exec(purl.trim());
  if (!m) return undefined;
  const version = m[3] ? decodeURIComponent(m[3]) : undefined;
  return {
    key: `purl:${m[1]!.toLowerCase()}/${decodeURIComponent(m[2]!).toLowerCase()}`,
    ...(version ? { version } : {}),
  };
}

const nameKey = (vendor: string, product: string) => `name:${norm(vendor)}|${norm(product)}`;

function keysOfProduct(p: AdvisoryProduct): { key: string; matchedOn: MatchedOn; version?: string }[] {
  const keys: { key: string; matchedOn: MatchedOn; version?: string }[] = [];
  const cpe = p.cpe ? cpeParts(p.cpe) : undefined;
  if (cpe) keys.push({ ...cpe, matchedOn: 'cpe' });
  const purl = p.purl ? purlParts(p.purl) : undefined;
  if (purl) keys.push({ ...purl, matchedOn: 'purl' });
  if (p.vendor && p.product) keys.push({ key: nameKey(p.vendor, p.product), matchedOn: 'name' });
  return keys;
}

export function buildAdvisoryIndex(advisories: readonly MatchableAdvisory[]): AdvisoryIndex {
  const byKey = new Map<string, Entry[]>();
  advisories.forEach((a, advisory) => {
    const affected = new Map<string, number[]>();
    const cleared = new Map<string, number[]>();
    a.facts.vulnerabilities.forEach((v, i) => {
      for (const id of v.affected) (affected.get(id) ?? affected.set(id, []).get(id)!).push(i);
      for (const id of [...v.fixed, ...v.notAffected]) (cleared.get(id) ?? cleared.set(id, []).get(id)!).push(i);
    });
    for (const p of a.facts.products) {
      const aff = affected.get(p.productId) ?? [];
      const clr = cleared.get(p.productId) ?? [];
      if (aff.length === 0 && clr.length === 0) continue;
      const range = p.range ? parseVersionRange(p.range) : undefined;
      for (const k of keysOfProduct(p)) {
        const version = k.version ?? p.version;
        const entry: Entry = {
          advisory,
          productId: p.productId,
          matchedOn: k.matchedOn,
          ...(version ? { version } : {}),
          ...(range ? { range } : {}),
          affected: aff,
          cleared: clr,
        };
        (byKey.get(k.key) ?? byKey.set(k.key, []).get(k.key)!).push(entry);
      }
    }
  });
  return { advisories, byKey };
}

/** Whether the item's version is the entry's: true, false, or undefined when the range cannot be read. */
function versionHits(itemVersion: string | undefined, e: Entry): boolean | undefined {
  if (e.version) return itemVersion !== undefined && compareVersions(itemVersion, e.version) === 0;
  if (e.range) {
    if (e.range.kind === 'all') return true;
    // An item without a version may run any version: possibly hit, not surely.
    if (itemVersion === undefined) return undefined;
    return inVersionRange(itemVersion, e.range);
  }
  // The advisory names the product without a version: every version.
  return true;
}

function keysOfItem(item: MatchItem): { key: string; version?: string }[] {
  const keys: { key: string; version?: string }[] = [];
  const version = item.version?.trim() || undefined;
  const cpe = item.cpe ? cpeParts(item.cpe) : undefined;
  if (cpe) keys.push({ key: cpe.key, ...((version ?? cpe.version) ? { version: version ?? cpe.version } : {}) });
  const purl = item.purl ? purlParts(item.purl) : undefined;
  if (purl) keys.push({ key: purl.key, ...((version ?? purl.version) ? { version: version ?? purl.version } : {}) });
  if (item.vendor && item.product)
    keys.push({ key: nameKey(item.vendor, item.product), ...(version ? { version } : {}) });
  return keys;
}

const RANK: Record<MatchedOn, number> = { cpe: 0, purl: 1, name: 2 };

/** Every (item, advisory) pair where the advisory hits the item; see the file comment for the rule. */
export function matchInventory(index: AdvisoryIndex, items: Iterable<MatchItem>): ProductMatch[] {
  const out: ProductMatch[] = [];
  for (const item of items) {
    // Per advisory: the affected vulnerabilities and products, and the cleared vulnerabilities.
    let perAdvisory:
      | Map<number, { hit: Map<number, boolean>; cleared: Set<number>; productIds: Set<string>; on: MatchedOn }>
      | undefined;
    for (const { key, version } of keysOfItem(item)) {
      const entries = index.byKey.get(key);
      if (!entries) continue;
      for (const e of entries) {
        const hits = versionHits(version, e);
        if (hits === false) continue;
        perAdvisory ??= new Map();
        let state = perAdvisory.get(e.advisory);
        if (!state)
          perAdvisory.set(
            e.advisory,
            (state = { hit: new Map(), cleared: new Set(), productIds: new Set(), on: e.matchedOn }),
          );
        if (RANK[e.matchedOn] < RANK[state.on]) state.on = e.matchedOn;
        // Fixed or not affected only counts for a version we are sure of.
        if (hits === true) for (const v of e.cleared) state.cleared.add(v);
        if (e.affected.length > 0) {
          state.productIds.add(e.productId);
          for (const v of e.affected) state.hit.set(v, (state.hit.get(v) ?? false) || hits === true);
        }
      }
    }
    if (!perAdvisory) continue;
    for (const [advisory, state] of perAdvisory) {
      const vulns = index.advisories[advisory]!.facts.vulnerabilities;
      const cves: string[] = [];
      let certain = false;
      for (const [v, sure] of state.hit) {
        if (state.cleared.has(v)) continue;
        cves.push(vulns[v]!.cve ?? vulns[v]!.title ?? `#${v + 1}`);
        certain ||= sure;
      }
      if (cves.length === 0) continue;
      out.push({
        itemId: item.id,
        assetId: item.assetId,
        advisoryId: index.advisories[advisory]!.id,
        productIds: [...state.productIds].sort(),
        cves: [...new Set(cves)].sort(),
        matchedOn: state.on,
        versionCertain: certain,
      });
    }
  }
  return out;
}

// "U bent geraakt": which items of an organisation's product inventory an advisory hits (issue 14 item 5).
// An item matches an advisory product on its CPE 2.3 (part, vendor and product), its purl (type, namespace
// and name) or, when neither identifies both sides, on vendor and product name (compared without case,
// spaces or punctuation). The version then decides: the product's exact version, or its vers/vls range.
// An item is hit by a vulnerability when it matches a product the vulnerability lists as affected and no
// product listed as fixed or not affected for it (CSAF §3.2.3.9 product_status). The advisories are
// indexed once by key, so matching 100,000 items costs one map lookup per key of each item.
import type { AdvisoryFacts, AdvisoryProduct } from './csaf-facts.ts';
import {
  compareTokens,
  inVersionRange,
  parseVersionRange,
  versionTokens,
  type VersionRange,
  type VersionToken,
} from './version-range.ts';

export interface MatchItem {
  id: string;
  assetId: string;
  /** The item's match keys (matchKeysOf), when stored with it: matching then only looks them up. */
  keys?: readonly string[] | null;
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
  version?: VersionToken[];
  range?: VersionRange;
  /** Indexes of vulnerabilities that list the product as affected, resp. fixed or not affected. */
  affected: number[];
  cleared: number[];
}

export interface AdvisoryIndex {
  advisories: readonly MatchableAdvisory[];
  byKey: Map<string, Entry[]>;
}

const NOT_ALNUM = /[^a-z0-9]+/g;
// Vendor names repeat across an inventory: normalised once each.
const normCache = new Map<string, string>();
const norm = (s: string) => {
  let n = normCache.get(s);
  if (n === undefined) {
    n = s.toLowerCase().replace(NOT_ALNUM, '');
    if (normCache.size < 50_000) normCache.set(s, n);
  }
  return n;
};

/** cpe:2.3:part:vendor:product:version:…: the key without the version, and the version ('*' and '-' are any). */
export function cpeParts(cpe: string): { key: string; version?: string } | undefined {
  if (!cpe.startsWith('cpe:2.3:')) return undefined;
  // Escaped colons ("\\:") are rare: split by regex only then; else find the fields by position.
  if (cpe.includes('\\')) {
    const f = cpe.split(/(?<!\\):/);
    if (f.length < 6) return undefined;
    const version = f[5];
    return {
      key: `cpe:${f[2]}:${f[3]}:${f[4]}`.toLowerCase(),
      ...(version && version !== '*' && version !== '-' ? { version } : {}),
    };
  }
  const productEnd = cpe.indexOf(':', cpe.indexOf(':', cpe.indexOf(':', 8) + 1) + 1);
  if (productEnd < 0) return undefined;
  const versionEnd = cpe.indexOf(':', productEnd + 1);
  const version = cpe.slice(productEnd + 1, versionEnd < 0 ? undefined : versionEnd);
  const key = `cpe:${cpe.slice(8, productEnd)}`.toLowerCase();
  return version && version !== '*' && version !== '-' ? { key, version } : { key };
}

/** pkg:type/namespace/name@version?qualifiers#subpath: the key without version, qualifiers and subpath. */
export function purlParts(purl: string): { key: string; version?: string } | undefined {
  const p = purl.trim();
  const slash = p.indexOf('/');
  if (!p.startsWith('pkg:') || slash < 5) return undefined;
  let end = p.length;
  const q = p.indexOf('?');
  if (q >= 0) end = q;
  const h = p.indexOf('#');
  if (h >= 0 && h < end) end = h;
  const at = p.lastIndexOf('@', end);
  const nameEnd = at > slash ? at : end;
  const decode = (s: string) => (s.includes('%') ? decodeURIComponent(s) : s);
  const key = `purl:${p.slice(4, slash).toLowerCase()}/${decode(p.slice(slash + 1, nameEnd)).toLowerCase()}`;
  return at > slash ? { key, version: decode(p.slice(at + 1, end)) } : { key };
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
          ...(version ? { version: versionTokens(version) } : {}),
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
function versionHits(itemVersion: VersionToken[] | undefined, e: Entry): boolean | undefined {
  if (e.version) return itemVersion !== undefined && compareTokens(itemVersion, e.version) === 0;
  if (e.range) {
    if (e.range.kind === 'all') return true;
    // An item without a version may run any version: possibly hit, not surely.
    if (itemVersion === undefined) return undefined;
    return inVersionRange(itemVersion, e.range);
  }
  // The advisory names the product without a version: every version.
  return true;
}

/**
 * What an inventory item is matched on: its CPE, purl and name keys, each with the version to compare
 * (`key` TAB `version`, the version empty when unknown). Computed once when the item is stored, so a
 * matching run does no parsing or normalising for the many items that match nothing.
 */
export function matchKeysOf(item: Omit<MatchItem, 'id' | 'assetId' | 'keys'>): string[] {
  const keys: string[] = [];
  const version = item.version?.trim() || undefined;
  if (item.cpe) {
    const cpe = cpeParts(item.cpe);
    if (cpe) keys.push(`${cpe.key}\t${version ?? cpe.version ?? ''}`);
  }
  if (item.purl) {
    const purl = purlParts(item.purl);
    if (purl) keys.push(`${purl.key}\t${version ?? purl.version ?? ''}`);
  }
  if (item.vendor && item.product) keys.push(`${nameKey(item.vendor, item.product)}\t${version ?? ''}`);
  return keys;
}

/** The key names (no versions) of an advisory's products: which inventory items it can possibly hit. */
export function productKeyNames(facts: Pick<AdvisoryFacts, 'products'>): string[] {
  return [...new Set(facts.products.flatMap((p) => keysOfProduct(p).map((k) => k.key)))];
}

/** The key name of a stored item key (`name` TAB `version`). */
export const matchKeyName = (keyed: string) => keyed.slice(0, keyed.indexOf('\t'));

const RANK: Record<MatchedOn, number> = { cpe: 0, purl: 1, name: 2 };

/** Every (item, advisory) pair where the advisory hits the item; see the file comment for the rule. */
export function matchInventory(index: AdvisoryIndex, items: Iterable<MatchItem>): ProductMatch[] {
  const out: ProductMatch[] = [];
  for (const item of items) {
    // Per advisory: the affected vulnerabilities and products, and the cleared vulnerabilities.
    let perAdvisory:
      | Map<number, { hit: Map<number, boolean>; cleared: Set<number>; productIds: Set<string>; on: MatchedOn }>
      | undefined;
    for (const keyed of item.keys ?? matchKeysOf(item)) {
      const tab = keyed.indexOf('\t');
      const entries = index.byKey.get(keyed.slice(0, tab));
      if (!entries) continue;
      const tokens = tab === keyed.length - 1 ? undefined : versionTokens(keyed.slice(tab + 1));
      for (const e of entries) {
        const hits = versionHits(tokens, e);
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

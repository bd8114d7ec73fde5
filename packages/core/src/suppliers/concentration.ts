// Concentration analysis (issue 13 item 4): the suppliers and utilities on which several critical services
// depend, directly or through other assets, without an identified alternative: the single points of failure.
// NIS2 Art. 21(2)(d) and 21(3) (supply chain), CER Art. 13(1)(d) (alternative supply chains) and
// CER Art. 12(2) (dependencies). Pure: the server gives the cached graph snapshot.
//
// For each source (a supplier with the services it supplies, or one supplier's service or utility) the
// failure is walked up the reversed edges, as impactOf does, except over a dependency that has an
// identified alternative: the dependent switches over instead of going down. The services hit that are
// critical (crown jewels, or services with a business impact analysis) are counted. The walk runs on
// integer indices (one array pass per source, no sets), because an organisation of 50,000 assets may have
// thousands of sources; bench/concentration.bench.ts measures it.

/** One dependency `from` → `to` that has an identified alternative. */
export interface CoveredEdge {
  from: string;
  to: string;
}

export interface ConcentrationSource {
  /** The caller's key (a supplier id, or an asset id). */
  key: string;
  /** Tie-break in the order (the supplier's or asset's name). */
  label: string;
  /** The supplier's services or the utility: what fails. */
  nodeIds: readonly string[];
}

export interface ConcentrationInput {
  /** The graph reversed: for each id, the ids that depend on it directly (DependencyGraph.dependentsOf). */
  dependentsOf: ReadonlyMap<string, readonly string[]>;
  coveredEdges: Iterable<CoveredEdge>;
  /** Critical services with their tolerance (MTPD, hours; null when none set). */
  critical: ReadonlyMap<string, number | null>;
  sources: readonly ConcentrationSource[];
  /** Keep sources that hit at least this many critical services (default 2). */
  minServices?: number;
}

export interface ConcentrationHit {
  id: string;
  hops: number;
  toleranceHours: number | null;
}

export interface ConcentrationResult {
  key: string;
  label: string;
  /** By hops, then tolerance (lowest first), then id. */
  services: ConcentrationHit[];
  minToleranceHours: number | null;
}

/** Compact reversed adjacency over integer indices, with a flag per edge for "has an alternative". */
interface Compact {
  index: Map<string, number>;
  ids: string[];
  offsets: Int32Array;
  targets: Int32Array;
  covered: Uint8Array;
}

function compact(
  dependentsOf: ReadonlyMap<string, readonly string[]>,
  coveredEdges: Iterable<CoveredEdge>,
  sources: readonly ConcentrationSource[],
): Compact {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idx = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  let edgeCount = 0;
  for (const [to, froms] of dependentsOf) {
    idx(to);
    for (const from of froms) idx(from);
    edgeCount += froms.length;
  }
  // A source without dependants is still hit itself (as impactOf reports a failed node at hops 0).
  for (const source of sources) for (const id of source.nodeIds) idx(id);
  const coveredByTo = new Map<string, Set<string>>();
  for (const { from, to } of coveredEdges) {
    const set = coveredByTo.get(to);
    if (set) set.add(from);
    else coveredByTo.set(to, new Set([from]));
  }
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  for (const [to, froms] of dependentsOf) offsets[index.get(to)! + 1] = froms.length;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const targets = new Int32Array(edgeCount);
  const covered = new Uint8Array(edgeCount);
  for (const [to, froms] of dependentsOf) {
    let at = offsets[index.get(to)!]!;
    const coveredFrom = coveredByTo.get(to);
    for (const from of froms) {
      targets[at] = index.get(from)!;
      if (coveredFrom?.has(from)) covered[at] = 1;
      at++;
    }
  }
  return { index, ids, offsets, targets, covered };
}

const byToleranceThenId = (a: ConcentrationHit, b: ConcentrationHit): number =>
  a.hops - b.hops ||
  (a.toleranceHours ?? Infinity) - (b.toleranceHours ?? Infinity) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The sources on which at least `minServices` critical services depend without an alternative, ordered by the
 * number of services hit (most first), then the lowest tolerance among them (least first: those go down
 * soonest), then the label. A source's own nodes count at hops 0 (a critical service may itself be supplied).
 */
export function concentrationOf(input: ConcentrationInput): ConcentrationResult[] {
  const minServices = input.minServices ?? 2;
  const g = compact(input.dependentsOf, input.coveredEdges, input.sources);
  // Critical services that are in no edge and no source cannot be hit; they keep no index.
  const n = g.ids.length;
  const tolerance = new Float64Array(n).fill(NaN);
  const isCritical = new Uint8Array(n);
  for (const [id, hours] of input.critical) {
    const i = g.index.get(id);
    if (i === undefined) continue;
    isCritical[i] = 1;
    tolerance[i] = hours ?? NaN;
  }
  const seen = new Int32Array(n);
  const hopsOf = new Int32Array(n);
  const queue = new Int32Array(n);
  const results: ConcentrationResult[] = [];
  let walk = 0;
  for (const source of input.sources) {
    walk++;
    let head = 0;
    let tail = 0;
    for (const id of source.nodeIds) {
      const i = g.index.get(id);
      if (i === undefined || seen[i] === walk) continue;
      seen[i] = walk;
      hopsOf[i] = 0;
      queue[tail++] = i;
    }
    const hits: ConcentrationHit[] = [];
    while (head < tail) {
      const node = queue[head++]!;
      if (isCritical[node]) {
        const t = tolerance[node]!;
        hits.push({ id: g.ids[node]!, hops: hopsOf[node]!, toleranceHours: Number.isNaN(t) ? null : t });
      }
      const end = g.offsets[node + 1]!;
      for (let e = g.offsets[node]!; e < end; e++) {
        if (g.covered[e]) continue;
        const next = g.targets[e]!;
        if (seen[next] === walk) continue;
        seen[next] = walk;
        hopsOf[next] = hopsOf[node]! + 1;
        queue[tail++] = next;
      }
    }
    if (hits.length < minServices) continue;
    hits.sort(byToleranceThenId);
    let min: number | null = null;
    for (const h of hits)
      if (h.toleranceHours !== null && (min === null || h.toleranceHours < min)) min = h.toleranceHours;
    results.push({ key: source.key, label: source.label, services: hits, minToleranceHours: min });
  }
  return results.sort(
    (a, b) =>
      b.services.length - a.services.length ||
      (a.minToleranceHours ?? Infinity) - (b.minToleranceHours ?? Infinity) ||
      a.label.localeCompare(b.label, 'nl') ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

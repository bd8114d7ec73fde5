// Concentration analysis (issue 13 item 4): the suppliers and utilities on which several critical services
// depend, directly or through other assets, without an identified alternative: the single points of failure.
// NIS2 Art. 21(2)(d) and 21(3) (supply chain), CER Art. 13(1)(d) (alternative supply chains) and
// CER Art. 12(2) (dependencies). Pure: the server gives the cached graph snapshot.
//
// For each source (a supplier with the services it supplies, or one supplier's service or utility) the
// failure is walked up the reversed edges, as impactOf does, except over a dependency that has an
// identified alternative: the dependent switches over instead of going down. The services hit that are
// critical (crown jewels, or services with a business impact analysis) are counted. All sources are walked
// in one pass over integer indices (bit sets of sources per node, see concentrationOf), because an
// organisation of 50,000 assets may have thousands of sources; bench/concentration.bench.ts measures it.

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
  /**
   * The graph reversed: for each id, the ids that depend on it directly (DependencyGraph.dependentsOf). Not
   * changed after a call: its integer form is kept per map (the server's cached snapshot is immutable).
   */
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

/** Compact reversed adjacency over integer indices: the dependants of node i are targets[offsets[i]..offsets[i+1]). */
interface Compact {
  index: Map<string, number>;
  ids: string[];
  offsets: Int32Array;
  targets: Int32Array;
}

// The structure depends only on the graph, and the server hands the same cached snapshot until the graph
// changes (asset-graph-cache.ts): built once per snapshot, not per request. Alternatives change on their own
// and are flagged per call (coveredFlags).
const compacted = new WeakMap<ReadonlyMap<string, readonly string[]>, Compact>();

function compact(dependentsOf: ReadonlyMap<string, readonly string[]>): Compact {
  const known = compacted.get(dependentsOf);
  if (known) return known;
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
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  for (const [to, froms] of dependentsOf) offsets[index.get(to)! + 1] = froms.length;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const targets = new Int32Array(edgeCount);
  for (const [to, froms] of dependentsOf) {
    let at = offsets[index.get(to)!]!;
    for (const from of froms) targets[at++] = index.get(from)!;
  }
  const result = { index, ids, offsets, targets };
  compacted.set(dependentsOf, result);
  return result;
}

/** One flag per edge of `g`: the dependant has an identified alternative for it. */
function coveredFlags(g: Compact, coveredEdges: Iterable<CoveredEdge>): Uint8Array {
  const covered = new Uint8Array(g.targets.length);
  for (const { from, to } of coveredEdges) {
    const t = g.index.get(to);
    const f = g.index.get(from);
    if (t === undefined || f === undefined) continue;
    for (let e = g.offsets[t]!; e < g.offsets[t + 1]!; e++) if (g.targets[e] === f) covered[e] = 1;
  }
  return covered;
}

const byToleranceThenId = (a: ConcentrationHit, b: ConcentrationHit): number =>
  a.hops - b.hops ||
  (a.toleranceHours ?? Infinity) - (b.toleranceHours ?? Infinity) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The sources on which at least `minServices` critical services depend without an alternative, ordered by the
 * number of services hit (most first), then the lowest tolerance among them (least first: those go down
 * soonest), then the label. A source's own nodes count at hops 0 (a critical service may itself be supplied).
 *
 * One pass for all sources (a multi-source breadth-first search): every node carries a bit set of the sources
 * whose failure has reached it, 32 sources per word. Level by level, the bits new at a node (its frontier) are
 * pushed up each uncovered edge to its dependants, minus the bits a dependant already holds. A bit that first
 * arrives at level L arrives by a shortest uncovered path, so a critical node hit by source s at level L has
 * hops L, as a walk from s alone would give. The work is the graph's depth × its edges × (sources / 32)
 * instead of sources × reach.
 */
export function concentrationOf(input: ConcentrationInput): ConcentrationResult[] {
  const minServices = input.minServices ?? 2;
  const g = compact(input.dependentsOf);
  const covered = coveredFlags(g, input.coveredEdges);
  const n = g.ids.length;
  // Critical services ranked once by (tolerance, id): a hit is then a number, hops × rank count + rank, and a
  // source's hits sort as numbers. Critical services outside the graph can only be hit as a source's own node.
  const ranked = [...input.critical]
    .map(([id, hours]) => ({ id, hops: 0, toleranceHours: hours }))
    .sort(byToleranceThenId);
  const rankOf = new Map(ranked.map((c, r) => [c.id, r]));
  const R = Math.max(1, ranked.length);
  const rank = new Int32Array(n).fill(-1);
  for (const [id, r] of rankOf) {
    const i = g.index.get(id);
    if (i !== undefined) rank[i] = r;
  }
  const sourceCount = input.sources.length;
  const words = Math.max(1, Math.ceil(sourceCount / 32));
  const reached = new Int32Array(n * words);
  let frontier = new Int32Array(n * words);
  let next = new Int32Array(n * words);
  // The nodes with a non-empty frontier, each listed once per level (listedAt holds the level it was listed for).
  let active = new Int32Array(n);
  let nextActive = new Int32Array(n);
  const listedAt = new Int32Array(n).fill(-1);
  let activeCount = 0;
  const hits: number[][] = Array.from({ length: sourceCount }, () => []);
  for (let s = 0; s < sourceCount; s++) {
    const word = s >>> 5;
    const bit = 1 << (s & 31);
    for (const id of input.sources[s]!.nodeIds) {
      const i = g.index.get(id);
      if (i === undefined) {
        // In no edge: only the node itself is hit.
        const r = rankOf.get(id);
        if (r !== undefined && !hits[s]!.includes(r)) hits[s]!.push(r);
        continue;
      }
      if (reached[i * words + word]! & bit) continue;
      reached[i * words + word]! |= bit;
      frontier[i * words + word]! |= bit;
      if (listedAt[i] !== 0) {
        listedAt[i] = 0;
        active[activeCount++] = i;
      }
    }
  }
  const nonZero = new Int32Array(words);
  for (let level = 0; activeCount > 0; level++) {
    let nextCount = 0;
    for (let a = 0; a < activeCount; a++) {
      const node = active[a]!;
      const base = node * words;
      let live = 0;
      for (let w = 0; w < words; w++) if (frontier[base + w] !== 0) nonZero[live++] = w;
      const r = rank[node]!;
      if (r >= 0) {
        const hit = level * R + r;
        for (let k = 0; k < live; k++) {
          const w = nonZero[k]!;
          let bits = frontier[base + w]!;
          while (bits !== 0) {
            const low = bits & -bits;
            hits[(w << 5) + (31 - Math.clz32(low))]!.push(hit);
            bits ^= low;
          }
        }
      }
      const end = g.offsets[node + 1]!;
      for (let e = g.offsets[node]!; e < end; e++) {
        if (covered[e]) continue;
        const to = g.targets[e]!;
        const toBase = to * words;
        let added = false;
        for (let k = 0; k < live; k++) {
          const w = nonZero[k]!;
          const fresh = frontier[base + w]! & ~reached[toBase + w]!;
          if (fresh !== 0) {
            next[toBase + w]! |= fresh;
            added = true;
          }
        }
        if (added && listedAt[to] !== level + 1) {
          listedAt[to] = level + 1;
          nextActive[nextCount++] = to;
        }
      }
      for (let k = 0; k < live; k++) frontier[base + nonZero[k]!] = 0;
    }
    for (let a = 0; a < nextCount; a++) {
      const base = nextActive[a]! * words;
      for (let w = 0; w < words; w++) reached[base + w]! |= next[base + w]!;
    }
    [frontier, next] = [next, frontier];
    [active, nextActive] = [nextActive, active];
    activeCount = nextCount;
  }
  const results: ConcentrationResult[] = [];
  for (let s = 0; s < sourceCount; s++) {
    const found = hits[s]!;
    if (found.length < minServices) continue;
    const services = Float64Array.from(found)
      .sort()
      .reduce<ConcentrationHit[]>((out, hit) => {
        const c = ranked[hit % R]!;
        out.push({ id: c.id, hops: Math.floor(hit / R), toleranceHours: c.toleranceHours });
        return out;
      }, []);
    let min: number | null = null;
    for (const h of services)
      if (h.toleranceHours !== null && (min === null || h.toleranceHours < min)) min = h.toleranceHours;
    const source = input.sources[s]!;
    results.push({ key: source.key, label: source.label, services, minToleranceHours: min });
  }
  return results.sort(
    (a, b) =>
      b.services.length - a.services.length ||
      (a.minToleranceHours ?? Infinity) - (b.minToleranceHours ?? Infinity) ||
      a.label.localeCompare(b.label, 'nl') ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

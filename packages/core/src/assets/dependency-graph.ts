// "What breaks if X fails": the blast radius of failed services or assets over the organisation's
// dependency graph (NIS2 Art. 21(2)(a): risk analysis; CER Art. 12(2): the extent to which other sectors
// and recipients depend on the service). Pure: the server loads the graph, the risk analysis and the
// web app call impactOf on it.
//
// An edge `from → to` means "from depends on to" (the EPD service depends on the EPD server, which
// depends on the power supply). When `to` fails, `from` is hit one hop later. Cycles (two systems that
// back each other up) and shared dependencies (one power supply under everything) are normal: the walk
// is a breadth-first search with a visited set, so every node is reached once, with its fewest hops.

/** One dependency: `from` depends on `to`. */
export interface DependencyEdge {
  from: string;
  to: string;
}

/** The graph as impactOf needs it: who depends on each node, and who outside depends on each node. */
export interface DependencyGraph<D = unknown> {
  /** For each id, the ids that depend on it directly (the edges reversed: to → [from…]). */
  readonly dependentsOf: ReadonlyMap<string, readonly string[]>;
  /** External dependants (organisations, recipient groups) per id; usually only services have them. */
  readonly externalDependantsOf: ReadonlyMap<string, readonly D[]>;
}

/** A node that goes down, and after how many hops (0: it is one of the failed ones). */
export interface AffectedNode {
  id: string;
  hops: number;
}

/** An external dependant hit through an affected node, at that node's hops. */
export interface AffectedDependant<D> {
  dependant: D;
  /** The affected node it depends on. */
  via: string;
  hops: number;
}

export interface Impact<D = unknown> {
  /** The failed nodes (hops 0) and every node that depends on them, directly or not; by hops, then id. */
  affected: AffectedNode[];
  /** The external dependants of every affected node, in the order of `affected`. */
  externalDependants: AffectedDependant<D>[];
}

/** Builds the reverse adjacency once; then each impactOf is a walk over the part of the graph it hits. */
export function buildDependencyGraph<D>(
  edges: Iterable<DependencyEdge>,
  externalDependants: Iterable<{ assetId: string; dependant: D }> = [],
): DependencyGraph<D> {
  const dependentsOf = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const list = dependentsOf.get(to);
    if (list) list.push(from);
    else dependentsOf.set(to, [from]);
  }
  const externalDependantsOf = new Map<string, D[]>();
  for (const { assetId, dependant } of externalDependants) {
    const list = externalDependantsOf.get(assetId);
    if (list) list.push(dependant);
    else externalDependantsOf.set(assetId, [dependant]);
  }
  return { dependentsOf, externalDependantsOf };
}

/**
 * Everything that goes down when `failedIds` fail: the failed nodes themselves at hops 0 and every node
 * that depends on one of them, transitively, with the fewest hops from any failed node; plus the external
 * dependants of each affected node. Ids the graph does not know are still reported at hops 0 (a node
 * without dependants). Runs in O(affected nodes + their incoming edges); terminates on any cycle.
 */
export function impactOf<D>(graph: DependencyGraph<D>, failedIds: Iterable<string>): Impact<D> {
  const hops = new Map<string, number>();
  let frontier: string[] = [];
  for (const id of failedIds) {
    if (hops.has(id)) continue;
    hops.set(id, 0);
    frontier.push(id);
  }
  const levels: string[][] = [];
  for (let level = 0; frontier.length > 0; level++) {
    levels.push(frontier);
    const next: string[] = [];
    for (const id of frontier) {
      const dependents = graph.dependentsOf.get(id);
      if (!dependents) continue;
      for (const dependent of dependents) {
        if (hops.has(dependent)) continue;
        hops.set(dependent, level + 1);
        next.push(dependent);
      }
    }
    frontier = next;
  }
  const affected: AffectedNode[] = [];
  const externalDependants: AffectedDependant<D>[] = [];
  levels.forEach((ids, level) => {
    for (const id of ids.sort()) {
      affected.push({ id, hops: level });
      for (const dependant of graph.externalDependantsOf.get(id) ?? []) {
        externalDependants.push({ dependant, via: id, hops: level });
      }
    }
  });
  return { affected, externalDependants };
}

// Which dependencies of a service come back later than the service can bear (issue 13 item 1). Pure: the
// server reads the dependency graph and the recorded recovery times, the web shows the result.
//
// The service's tolerance is its maximum tolerable period of disruption (MTPD). A dependency the service
// reaches through the graph (directly or not) is down for its recovery time: its own RTO, else the
// recovery time its supplier committed to. Where the service's dependency on a supplier's service has an
// identified alternative supplier (NIS2 Art. 21(2)(d); CER Art. 13(1)(d): "the identification of
// alternative supply chains"), the service switches over instead of waiting: then the switch-over time
// counts, and what lies behind that dependency is not walked (the alternative does not run on it).
import type { AssetKind, AssetType } from '../assets/asset.contracts.ts';
import type { BiaWarning } from './bia.contracts.ts';

/** From depends on to: for each id, the ids it depends on directly. */
export type DependenciesOf = ReadonlyMap<string, readonly string[]>;

/** Reverses the graph's `dependentsOf` (to → from…) into what each node depends on (from → to…). */
export function dependenciesOfGraph(dependentsOf: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [to, froms] of dependentsOf) {
    for (const from of froms) {
      const list = out.get(from);
      if (list) list.push(to);
      else out.set(from, [to]);
    }
  }
  return out;
}

export interface Recovery {
  hours: number;
  source: 'rto' | 'supplier';
}

export interface EdgeAlternative {
  supplierId: string;
  switchOverHours: number | null;
}

export interface BiaFacts {
  /** The service's MTPD in hours; null when not set. */
  toleranceHours: number | null;
  /** The service's own RTO. */
  rtoHours: number | null;
  /** The recovery time of a dependency, when known. */
  recoveryOf(id: string): Recovery | null;
  /** The identified alternative for the dependency `from` → `to`, if any. */
  alternativeOf(from: string, to: string): EdgeAlternative | undefined;
  /** What a node is: a recovery time is expected of services and of systems, suppliers' services, utilities. */
  nodeOf(id: string): { kind: AssetKind; assetType: AssetType | null } | undefined;
}

export interface BiaDependency {
  id: string;
  hops: number;
  via: string;
  recovery: Recovery | null;
  alternative: EdgeAlternative | null;
}

export interface BiaResult {
  dependencies: BiaDependency[];
  warnings: BiaWarning[];
}

const RECOVERY_EXPECTED: readonly AssetType[] = ['it_system', 'ot_system', 'supplier_service', 'utility'];

export function recoveryExpected(node: { kind: AssetKind; assetType: AssetType | null } | undefined): boolean {
  if (!node) return false;
  return node.kind === 'service' || (node.assetType !== null && RECOVERY_EXPECTED.includes(node.assetType));
}

const SEVERITY_ORDER = { high: 0, medium: 1, info: 2 } as const;

/**
 * Walks what `serviceId` depends on, breadth-first (fewest hops; ends on any cycle), and warns where the
 * service would be down longer than its tolerance. A node reached both through a dependency with an
 * alternative and through one without is exposed: the worst way counts.
 */
export function businessImpactOf(serviceId: string, dependenciesOf: DependenciesOf, facts: BiaFacts): BiaResult {
  const exposed = new Map<string, { hops: number; via: string }>();
  const covered = new Map<string, { hops: number; via: string; alternative: EdgeAlternative }>();
  let frontier = [serviceId];
  for (let hops = 1; frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const to of dependenciesOf.get(from) ?? []) {
        if (to === serviceId || exposed.has(to)) continue;
        const alternative = facts.alternativeOf(from, to);
        if (alternative) {
          if (!covered.has(to)) covered.set(to, { hops, via: from, alternative });
          continue;
        }
        exposed.set(to, { hops, via: from });
        next.push(to);
      }
    }
    frontier = next;
  }

  const dependencies: BiaDependency[] = [];
  for (const [id, { hops, via }] of exposed) {
    dependencies.push({ id, hops, via, recovery: facts.recoveryOf(id), alternative: null });
  }
  for (const [id, { hops, via, alternative }] of covered) {
    if (!exposed.has(id)) dependencies.push({ id, hops, via, recovery: facts.recoveryOf(id), alternative });
  }
  dependencies.sort((a, b) => a.hops - b.hops || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const tolerance = facts.toleranceHours;
  const warnings: BiaWarning[] = [];
  const warn = (w: Omit<BiaWarning, 'toleranceHours'>) => warnings.push({ ...w, toleranceHours: tolerance });
  if (tolerance === null) {
    warn({ code: 'no_tolerance', severity: 'medium', assetId: null, hours: null });
  } else if (facts.rtoHours !== null && facts.rtoHours > tolerance) {
    // ISO 22317 practice: the recovery time objective lies within the maximum tolerable period of disruption.
    warn({ code: 'rto_exceeds_tolerance', severity: 'high', assetId: null, hours: facts.rtoHours });
  }
  for (const d of dependencies) {
    if (d.alternative) {
      const hours = d.alternative.switchOverHours;
      if (hours === null) warn({ code: 'switch_over_unknown', severity: 'info', assetId: d.id, hours: null });
      else if (tolerance !== null && hours > tolerance) {
        warn({ code: 'switch_over_exceeds_tolerance', severity: 'high', assetId: d.id, hours });
      }
    } else if (d.recovery === null) {
      if (recoveryExpected(facts.nodeOf(d.id))) {
        warn({ code: 'recovery_unknown', severity: 'info', assetId: d.id, hours: null });
      }
    } else if (tolerance !== null && d.recovery.hours > tolerance) {
      warn({ code: 'dependency_exceeds_tolerance', severity: 'high', assetId: d.id, hours: d.recovery.hours });
    }
  }
  // Stable: within a severity the dependencies keep their order (by hops).
  warnings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { dependencies, warnings };
}

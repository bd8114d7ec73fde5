// What the graph alone does not hold but the continuity questions need: each node's recovery time (its
// own RTO, else its supplier's), the supplier of each supplied asset and the alternatives per dependency.
// Small tables beside the cached graph (asset-graph-cache.ts), read fresh on every request.
import type { EdgeAlternative, Recovery } from '@weerbaar/core/continuity';
import type { DbOrTrx } from '../../db/database.ts';
import { listRecoveryObjectives } from '../../repositories/business-impact.repository.ts';
import { listAlternatives, listSupplierRecoveryTimes } from '../../repositories/supplier.repository.ts';

export interface ContinuityFacts {
  recoveryOf(id: string): Recovery | null;
  supplierOf(id: string): { id: string; name: string } | undefined;
  alternativeOf(from: string, to: string): (EdgeAlternative & { supplierName: string }) | undefined;
  coveredEdges: { from: string; to: string }[];
  supplierNames: ReadonlyMap<string, string>;
}

export async function loadContinuityFacts(db: DbOrTrx, orgId: string): Promise<ContinuityFacts> {
  const [objectives, supplied, alternatives] = await Promise.all([
    listRecoveryObjectives(db, orgId),
    listSupplierRecoveryTimes(db, orgId),
    listAlternatives(db, orgId),
  ]);
  const rto = new Map(objectives.filter((o) => o.rto_hours !== null).map((o) => [o.asset_id, o.rto_hours!]));
  const suppliers = new Map(supplied.map((s) => [s.asset_id, s]));
  const supplierNames = new Map<string, string>();
  for (const s of supplied) supplierNames.set(s.supplier_id, s.supplier_name);
  for (const a of alternatives) supplierNames.set(a.alternative_supplier_id, a.supplier_name);
  const byEdge = new Map(alternatives.map((a) => [`${a.from_asset_id}>${a.to_asset_id}`, a]));
  return {
    recoveryOf(id) {
      const own = rto.get(id);
      if (own !== undefined) return { hours: own, source: 'rto' };
      const hours = suppliers.get(id)?.recovery_time_hours;
      return hours === undefined || hours === null ? null : { hours, source: 'supplier' };
    },
    supplierOf(id) {
      const s = suppliers.get(id);
      return s && { id: s.supplier_id, name: s.supplier_name };
    },
    alternativeOf(from, to) {
      const a = byEdge.get(`${from}>${to}`);
      return (
        a && {
          supplierId: a.alternative_supplier_id,
          switchOverHours: a.switch_over_hours,
          supplierName: a.supplier_name,
        }
      );
    },
    coveredEdges: alternatives.map((a) => ({ from: a.from_asset_id, to: a.to_asset_id })),
    supplierNames,
  };
}

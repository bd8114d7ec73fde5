// The concentration analysis over the organisation's cached graph snapshot (core suppliers/concentration.ts).
import {
  SUPPLIED_ASSET_TYPES,
  concentrationOf,
  type Concentration,
  type ConcentrationQuery,
} from '@weerbaar/core/suppliers';
import type { Db } from '../../db/database.ts';
import { listCriticalServices } from '../../repositories/business-impact.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentAssetNode } from '../assets/asset.presenter.ts';
import { currentAssetGraph } from '../assets/asset-graph-cache.ts';
import { loadContinuityFacts } from '../continuity/continuity-facts.ts';

/**
 * Suppliers and utilities on which at least `minServices` critical services (crown jewels, or services with a
 * business impact analysis) depend, directly or not, without an identified alternative (NIS2 Art. 21(2)(d);
 * CER Art. 13(1)(d)). A supplier of the register counts with every service it supplies; a supplier's service or
 * utility not linked to a supplier counts on its own.
 */
export async function supplierConcentration(db: Db, ctx: OrgActor, query: ConcentrationQuery): Promise<Concentration> {
  authorize(ctx, 'read', { type: 'supplier', orgId: ctx.orgId }, 'Supplier');
  const [cached, facts, critical] = await Promise.all([
    currentAssetGraph(db, ctx.orgId),
    loadContinuityFacts(db, ctx.orgId),
    listCriticalServices(db, ctx.orgId),
  ]);
  const bySupplier = new Map<string, string[]>();
  const sources: { key: string; label: string; nodeIds: string[] }[] = [];
  for (const node of cached.nodes.values()) {
    if (node.asset_type === null || !(SUPPLIED_ASSET_TYPES as readonly string[]).includes(node.asset_type)) continue;
    const supplier = facts.supplierOf(node.id);
    if (!supplier) sources.push({ key: `asset:${node.id}`, label: node.name, nodeIds: [node.id] });
    else {
      const nodeIds = bySupplier.get(supplier.id);
      if (nodeIds) nodeIds.push(node.id);
      else bySupplier.set(supplier.id, [node.id]);
    }
  }
  for (const [id, nodeIds] of bySupplier) {
    sources.push({ key: `supplier:${id}`, label: facts.supplierNames.get(id) ?? id, nodeIds });
  }
  const results = concentrationOf({
    dependentsOf: cached.graph.dependentsOf,
    coveredEdges: facts.coveredEdges,
    critical: new Map(critical.map((c) => [c.id, c.max_tolerable_downtime_hours])),
    sources,
    minServices: query.minServices,
  });
  const sourceByKey = new Map(sources.map((s) => [s.key, s]));
  // A service is hit by many sources: present each node once.
  const presented = new Map<string, ReturnType<typeof presentAssetNode>>();
  const present = (id: string) => {
    let node = presented.get(id);
    if (!node) presented.set(id, (node = presentAssetNode(cached.nodes.get(id)!)));
    return node;
  };
  return {
    criticalServices: critical.length,
    items: results.map((r) => {
      const source = sourceByKey.get(r.key)!;
      const supplierId = r.key.startsWith('supplier:') ? r.key.slice('supplier:'.length) : null;
      return {
        supplier: supplierId ? { id: supplierId, name: source.label } : null,
        assets: source.nodeIds
          .map((id) => cached.nodes.get(id)!)
          .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
          .map(presentAssetNode),
        services: r.services.map((s) => ({
          ...present(s.id),
          hops: s.hops,
          maxTolerableDowntimeHours: s.toleranceHours,
        })),
        minToleranceHours: r.minToleranceHours,
      };
    }),
  };
}

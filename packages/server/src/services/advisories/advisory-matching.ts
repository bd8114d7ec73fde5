// The matching step of the job, outside any transaction: which inventory items of an organisation the
// advisories it may read hit, with what the alert names — the asset, the services that depend on it (the
// dependency graph, NIS2 Art. 21(2)(a)), the remediation and whether a CVE is known to be exploited.
// Scoped to what changed: one imported advisory against only the items that share a product key with it
// (an indexed lookup), or only the changed items against the organisation's corpus — never the whole
// corpus against the whole inventory per trigger.
import {
  buildAdvisoryIndex,
  matchInventory,
  productKeyNames,
  type AdvisoryFacts,
  type ProductMatch,
} from '@weerbaar/core/advisories';
import type { Db } from '../../db/database.ts';
import {
  findVisibleAdvisoryFacts,
  listInventory,
  listInventoryByKeyNames,
  listInventoryItemsById,
  listVisibleAdvisoryFacts,
} from '../../repositories/advisory.repository.ts';
import { currentAssetGraph } from '../assets/asset-graph-cache.ts';
import { servicesBehindEach } from '../assets/services-behind.ts';
import { isKnownExploited } from './kev.ts';

export interface AlertCandidate {
  advisoryOrgId: string;
  advisoryId: string;
  trackingId: string;
  title: string;
  itemId: string;
  assetId: string;
  assetName: string;
  productIds: string[];
  cves: string[];
  knownExploited: boolean;
  versionCertain: boolean;
  matchedOn: ProductMatch['matchedOn'];
  services: string[];
  remediations: string[];
}

/** The remediations of the matched products for the matched vulnerabilities, distinct, in advisory order. */
export function remediationsFor(
  facts: Pick<AdvisoryFacts, 'vulnerabilities'>,
  productIds: readonly string[],
  cves: readonly string[],
) {
  const out: { category: string; details: string; url?: string }[] = [];
  const seen = new Set<string>();
  facts.vulnerabilities.forEach((v, i) => {
    if (!cves.includes(v.cve ?? v.title ?? `#${i + 1}`)) return;
    for (const r of v.remediations) {
      if (r.productIds.length > 0 && !r.productIds.some((p) => productIds.includes(p))) continue;
      if (seen.has(r.details)) continue;
      seen.add(r.details);
      out.push({ category: r.category, details: r.details, ...(r.url ? { url: r.url } : {}) });
    }
  });
  return out;
}

/** What a matching run covers: one advisory, some inventory items, or (absent) everything. */
export type MatchScope = { advisory: { orgId: string; id: string } } | { itemIds: readonly string[] };

async function scopedInputs(db: Db, orgId: string, scope: MatchScope | undefined) {
  if (scope && 'advisory' in scope) {
    const advisory = await findVisibleAdvisoryFacts(db, orgId, scope.advisory);
    if (!advisory) return { inventory: [], advisories: [] };
    return {
      inventory: await listInventoryByKeyNames(db, orgId, productKeyNames(advisory.facts)),
      advisories: [advisory],
    };
  }
  const inventory = scope ? await listInventoryItemsById(db, orgId, scope.itemIds) : await listInventory(db, orgId);
  if (inventory.length === 0) return { inventory, advisories: [] };
  return { inventory, advisories: await listVisibleAdvisoryFacts(db, orgId) };
}

export async function findAdvisoryAlertCandidates(
  db: Db,
  orgId: string,
  scope?: MatchScope,
): Promise<AlertCandidate[]> {
  const { inventory, advisories } = await scopedInputs(db, orgId, scope);
  if (inventory.length === 0 || advisories.length === 0) return [];
  const byId = new Map(advisories.map((a) => [a.id, a]));
  const index = buildAdvisoryIndex(advisories.map((a) => ({ id: a.id, facts: a.facts })));
  const matches = matchInventory(
    index,
    // The keys stored with each item: matching only looks them up.
    inventory.map((i) => ({ id: i.id, assetId: i.asset_id, keys: i.match_keys })),
  );
  if (matches.length === 0) return [];
  const servicesOf = servicesBehindEach(await currentAssetGraph(db, orgId));
  const items = new Map(inventory.map((i) => [i.id, i]));
  return matches.map((m) => {
    const a = byId.get(m.advisoryId)!;
    const services = servicesOf(m.assetId).map((s) => s.node.name);
    return {
      advisoryOrgId: a.org_id,
      advisoryId: a.id,
      trackingId: a.facts.trackingId,
      title: a.facts.title,
      itemId: m.itemId,
      assetId: m.assetId,
      assetName: items.get(m.itemId)!.asset_name,
      productIds: m.productIds,
      cves: m.cves,
      knownExploited: isKnownExploited(m.cves),
      versionCertain: m.versionCertain,
      matchedOn: m.matchedOn,
      services,
      remediations: remediationsFor(a.facts, m.productIds, m.cves).map((r) => r.details),
    };
  });
}

// Read side of advisories, the inventory and alerts. Every advisory read goes through the visibility
// one TLP rule (repositories/shared-visibility.ts with the advisory's audience, core mayRead).
import type {
  AdvisoryAlert,
  AdvisoryDetail,
  AdvisorySummary,
  AffectedEntity,
  InventoryItem,
} from '@weerbaar/core/advisories';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize, policyActorOf } from '../../kernel/authorize.ts';
import {
  findVisibleAdvisory,
  listAffectedOrganisations,
  listAlerts,
  listInventory,
  listVisibleAdvisories,
} from '../../repositories/advisory.repository.ts';
import { currentAssetGraph } from '../assets/asset-graph-cache.ts';
import { servicesBehindEach } from '../assets/services-behind.ts';
import { presentAdvisoryDetail, presentAdvisorySummary, presentAlert } from './advisory.presenter.ts';
import { presentInventoryItem } from './inventory.presenter.ts';
import { knownExploited } from './kev.ts';

function assertMayRead(ctx: OrgActor) {
  authorize(ctx, 'read', { type: 'advisory', orgId: ctx.orgId }, 'Advisory');
}

/** The reader as the one rule sees it: its organisation and, for a signed-in person, that person (RED). */
function readerOf(ctx: OrgActor) {
  const { orgId, userId } = policyActorOf(ctx);
  return { orgId: orgId!, userId };
}

export async function listAdvisories(
  db: Db,
  ctx: OrgActor,
  opts: { q?: string | undefined; limit?: number } = {},
): Promise<AdvisorySummary[]> {
  assertMayRead(ctx);
  const kev = knownExploited().cves;
  const rows = await listVisibleAdvisories(db, readerOf(ctx), { q: opts.q, limit: opts.limit ?? 500 });
  return rows.map((r) =>
    presentAdvisorySummary(
      r,
      r.cves.some((c) => kev.has(c)),
    ),
  );
}

export async function getAdvisory(db: Db, ctx: OrgActor, id: string): Promise<AdvisoryDetail> {
  assertMayRead(ctx);
  const row = await findVisibleAdvisory(db, readerOf(ctx), id);
  if (!row) throw notFound('Advisory');
  return presentAdvisoryDetail(row, knownExploited().cves);
}

/** The CSAF document as published (export): its TLP 1.0 label is the one it was imported with. */
export async function getAdvisoryDocument(db: Db, ctx: OrgActor, id: string): Promise<Record<string, unknown>> {
  assertMayRead(ctx);
  const row = await findVisibleAdvisory(db, readerOf(ctx), id);
  if (!row) throw notFound('Advisory');
  return row.document;
}

export async function listAdvisoryAlerts(db: Db, ctx: OrgActor, advisoryId?: string): Promise<AdvisoryAlert[]> {
  authorize(ctx, 'read', { type: 'asset', orgId: ctx.orgId }, 'Asset');
  const rows = await listAlerts(db, ctx.orgId, advisoryId);
  if (rows.length === 0) return [];
  const servicesOf = servicesBehindEach(await currentAssetGraph(db, ctx.orgId));
  // Each advisory's vulnerabilities arrive once (on one of its rows).
  const vulnerabilitiesOf = new Map<string, NonNullable<(typeof rows)[number]['vulnerabilities']>>();
  for (const r of rows) if (r.vulnerabilities) vulnerabilitiesOf.set(r.advisory_id, r.vulnerabilities);
  return rows.map((r) =>
    presentAlert(
      r,
      vulnerabilitiesOf.get(r.advisory_id) ?? [],
      servicesOf(r.asset_id).map(({ node, hops }) => ({ id: node.id, name: node.name, hops })),
    ),
  );
}

export async function listInventoryItems(db: Db, ctx: OrgActor, assetId?: string): Promise<InventoryItem[]> {
  authorize(ctx, 'read', { type: 'asset', orgId: ctx.orgId }, 'Asset');
  return (await listInventory(db, ctx.orgId, assetId)).map(presentInventoryItem);
}

/**
 * Which entities the authority's advisory hits (issue 14 item 5): their names and how many alerts — not
 * which assets or products, so the authority learns who must act without reading their inventories.
 */
export async function listAffectedEntities(db: Db, ctx: OrgActor, advisoryId: string): Promise<AffectedEntity[]> {
  assertMayRead(ctx);
  // Only the holder asks who its advisory hits: anyone else's advisory is "not found" here.
  const row = await findVisibleAdvisory(db, readerOf(ctx), advisoryId);
  if (!row || row.org_id !== ctx.orgId) throw notFound('Advisory');
  authorize(ctx, 'read-affected', { type: 'advisory', orgId: row.org_id }, 'Advisory');
  const rows = await listAffectedOrganisations(db, ctx.orgId, advisoryId);
  return rows.map((r) => ({
    orgId: r.org_id,
    name: r.name,
    alerts: Number(r.alerts),
    knownExploited: Number(r.known_exploited) === 1,
  }));
}

// Reads of continuity plans, packs and the incident response plan; each asks the policy first.
import {
  outdatedPlans,
  type IncidentResponsePlan,
  type Pack,
  type PackStatus,
  type PlanDetail,
  type PlanSummary,
  type PlansOverview,
} from '@weerbaar/core/continuity';
import { notFound } from '@weerbaar/core/platform';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import {
  findIncidentResponsePlan,
  findLastPack,
  findPack,
  findPlan,
  listApprovedVersions,
  listPackPlanVersions,
  listPackVersions,
  listPlanVersions,
} from '../../repositories/continuity-plan.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { loadPlanDetail, loadPlanSummaries } from './continuity-plan-loaders.ts';
import { presentPack } from './continuity-plan.presenter.ts';
import type { PackDocument } from './continuity-pack-document.ts';

const readPlans = (ctx: OrgActor) =>
  authorize(ctx, 'read', { type: 'continuity-plan', orgId: ctx.orgId }, 'Continuity plan');

export async function listContinuityPlans(db: Db, ctx: OrgActor, now: Date): Promise<PlanSummary[]> {
  readPlans(ctx);
  return loadPlanSummaries(db, ctx.orgId, now);
}

export async function getContinuityPlan(db: Db, ctx: OrgActor, id: string, now: Date): Promise<PlanDetail> {
  readPlans(ctx);
  const plan = await findPlan(db, ctx.orgId, id);
  if (!plan) throw notFound('Continuity plan');
  return loadPlanDetail(db, plan, now);
}

/** What the overview shows of the plans. */
export async function summarisePlans(db: Db, ctx: OrgActor, now: Date): Promise<PlansOverview> {
  const plans = await listContinuityPlans(db, ctx, now);
  return {
    total: plans.length,
    approved: plans.filter((p) => p.approvedVersion !== null).length,
    reviewsDue: plans.filter((p) => p.reviewDue).length,
    packOutdated: plans.filter((p) => p.packOutdated).length,
  };
}

/** The last pack made and the plans whose version in force it does not hold. */
export async function getPackStatus(db: Db, ctx: OrgActor): Promise<PackStatus> {
  readPlans(ctx);
  const last = await findLastPack(db, ctx.orgId);
  const printed = last ? await listPackPlanVersions(db, ctx.orgId, last.id) : null;
  const current = (await listApprovedVersions(db, ctx.orgId)).map((v) => ({
    planId: v.plan_id,
    title: v.title,
    version: v.version,
  }));
  return {
    lastPack: last && printed ? presentPack(last, printed) : null,
    outdated: outdatedPlans(current, printed && printed.map((p) => ({ planId: p.plan_id, version: p.version }))),
  };
}

export async function getContinuityPack(db: Db, ctx: OrgActor, id: string): Promise<Pack> {
  readPlans(ctx);
  const pack = await findPack(db, ctx.orgId, id);
  if (!pack) throw notFound('Continuity pack');
  return presentPack(pack, await listPackPlanVersions(db, ctx.orgId, id));
}

/**
 * The incident response plan the incident pages link to. The incident module has no plan of its own: the
 * crisis protocol marked as incident response plan is the one (Impl. Reg. 2024/2690 Annex 4.1.2(i):
 * interfaces to incident handling).
 */
export async function getIncidentResponsePlan(db: Db, ctx: OrgActor): Promise<IncidentResponsePlan> {
  readPlans(ctx);
  const plan = await findIncidentResponsePlan(db, ctx.orgId);
  if (!plan) return { plan: null };
  const approved = (await listPlanVersions(db, ctx.orgId, plan.id)).find((v) => v.status === 'approved');
  return { plan: { id: plan.id, title: plan.title, approvedVersion: approved?.version ?? null } };
}

/** Everything a pack's files show, from the versions it recorded (not today's plans). */
export async function loadPackDocument(db: DbOrTrx, ctx: OrgActor, packId: string): Promise<PackDocument> {
  readPlans(ctx);
  const pack = await findPack(db, ctx.orgId, packId);
  if (!pack) throw notFound('Continuity pack');
  const [org, versions, plans] = await Promise.all([
    findOrganisation(db, ctx.orgId),
    listPackVersions(db, ctx.orgId, packId),
    findPlansFlags(db, ctx.orgId),
  ]);
  return {
    organisation: org?.name ?? '',
    packVersion: pack.pack_version,
    madeAt: pack.made_at,
    madeBy: pack.made_by_name,
    plans: versions.map((v) => ({
      title: v.title,
      kind: v.kind,
      serviceName: v.service_name,
      incidentResponsePlan: plans.get(v.plan_id) ?? false,
      version: v.version,
      approvedAt: v.approved_at ?? pack.made_at,
      approvedBy: v.approved_by_name,
      nextReviewOn: v.next_review_on,
      content: v.content,
    })),
  };
}

async function findPlansFlags(db: DbOrTrx, orgId: string): Promise<Map<string, boolean>> {
  const irp = await findIncidentResponsePlan(db, orgId);
  return new Map(irp ? [[irp.id, true]] : []);
}

/** The file name of a pack: ASCII only (it goes in a header as is). */
export const packFileName = (pack: { packVersion: number; madeAt: string | Date }, ext: 'pdf' | 'html') =>
  `noodpakket-${pack.packVersion}-${(typeof pack.madeAt === 'string' ? pack.madeAt : pack.madeAt.toISOString()).slice(0, 10)}.${ext}`;

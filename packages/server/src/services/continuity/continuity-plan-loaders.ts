// Loading a plan as the API shows it, shared by the use cases (inside their transaction) and the queries.
import { dutchDate } from '@weerbaar/core/risk';
import type { PlanDetail, PlanSummary } from '@weerbaar/core/continuity';
import type { DbOrTrx } from '../../db/database.ts';
import {
  findLastPack,
  listOpenVersions,
  listPackPlanVersions,
  listPlanVersions,
  listPlans,
  type PlanWithService,
} from '../../repositories/continuity-plan.repository.ts';
import { presentPlanSummary, presentPlanVersions } from './continuity-plan.presenter.ts';

/** The plan version printed in the last pack, per plan. */
export async function printedVersions(db: DbOrTrx, orgId: string): Promise<Map<string, number>> {
  const last = await findLastPack(db, orgId);
  if (!last) return new Map();
  return new Map((await listPackPlanVersions(db, orgId, last.id)).map((p) => [p.plan_id, p.version]));
}

export async function loadPlanSummaries(db: DbOrTrx, orgId: string, now: Date): Promise<PlanSummary[]> {
  const [plans, versions, printed] = await Promise.all([
    listPlans(db, orgId),
    listOpenVersions(db, orgId),
    printedVersions(db, orgId),
  ]);
  const today = dutchDate(now);
  return plans.map((plan) =>
    presentPlanSummary(
      plan,
      {
        approved: versions.find((v) => v.plan_id === plan.id && v.status === 'approved'),
        draft: versions.find((v) => v.plan_id === plan.id && v.status === 'draft'),
      },
      { today, printedVersion: printed.get(plan.id) },
    ),
  );
}

export async function loadPlanDetail(db: DbOrTrx, plan: PlanWithService, now: Date): Promise<PlanDetail> {
  const [versions, printed] = await Promise.all([
    listPlanVersions(db, plan.org_id, plan.id),
    printedVersions(db, plan.org_id),
  ]);
  const summary = presentPlanSummary(
    plan,
    { approved: versions.find((v) => v.status === 'approved'), draft: versions.find((v) => v.status === 'draft') },
    { today: dutchDate(now), printedVersion: printed.get(plan.id) },
  );
  return { ...summary, versions: presentPlanVersions(versions) };
}

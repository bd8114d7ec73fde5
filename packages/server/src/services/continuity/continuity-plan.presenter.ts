// What the API shows of continuity plans, versions and packs: allow-lists typed by core's contracts.
import {
  diffPlanContent,
  isPlanReviewDue,
  type Pack,
  type PlanContent,
  type PlanSummary,
  type PlanVersion,
} from '@weerbaar/core/continuity';
import type { ContinuityPackRow, ContinuityPlanVersionRow } from '../../db/schema-continuity-plans.ts';
import type { PlanWithService } from '../../repositories/continuity-plan.repository.ts';

export function presentPlanVersion(row: ContinuityPlanVersionRow, previous: PlanContent | null): PlanVersion {
  return {
    version: row.version,
    status: row.status,
    content: row.content,
    changeNote: row.change_note,
    createdBy: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    approvedBy: row.approved_by_name,
    approvedAt: row.approved_at?.toISOString() ?? null,
    nextReviewOn: row.next_review_on,
    changes: diffPlanContent(previous, row.content),
  };
}

/** The versions, newest first, each with what changed against the one before it. */
export function presentPlanVersions(rows: readonly ContinuityPlanVersionRow[]): PlanVersion[] {
  const sorted = [...rows].sort((a, b) => a.version - b.version);
  return sorted.map((row, i) => presentPlanVersion(row, i === 0 ? null : sorted[i - 1]!.content)).reverse();
}

export function presentPlanSummary(
  plan: PlanWithService,
  versions: { approved?: ContinuityPlanVersionRow; draft?: ContinuityPlanVersionRow },
  facts: { today: string; printedVersion: number | undefined },
): PlanSummary {
  const { approved, draft } = versions;
  return {
    id: plan.id,
    kind: plan.kind,
    serviceId: plan.service_id,
    serviceName: plan.service_name,
    title: plan.title,
    incidentResponsePlan: plan.incident_response_plan,
    approvedVersion: approved?.version ?? null,
    approvedAt: approved?.approved_at?.toISOString() ?? null,
    draftVersion: draft?.version ?? null,
    nextReviewOn: approved?.next_review_on ?? null,
    reviewDue: isPlanReviewDue(approved?.next_review_on ?? null, facts.today),
    packOutdated: approved !== undefined && facts.printedVersion !== approved.version,
    updatedAt: plan.updated_at.toISOString(),
  };
}

export function presentPack(
  row: ContinuityPackRow,
  plans: readonly { plan_id: string; version: number; title: string }[],
): Pack {
  return {
    id: row.id,
    packVersion: row.pack_version,
    madeAt: row.made_at.toISOString(),
    madeBy: row.made_by_name,
    via: row.via,
    plans: plans.map((p) => ({ planId: p.plan_id, title: p.title, version: p.version })),
  };
}

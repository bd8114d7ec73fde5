import { notFound } from '@weerbaar/core/platform';
import type { ScopeAssessment, ScopeAssessmentSummary } from '@weerbaar/core/scope';
import type { Db } from '../../db/database.ts';
import { findScopeAssessment, listScopeAssessments } from '../../repositories/scope-assessment.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentScopeAssessment, presentScopeAssessmentSummary } from './scope-assessment.presenter.ts';

export async function listOrgScopeAssessments(
  db: Db,
  ctx: OrgActor,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ items: ScopeAssessmentSummary[]; page: number; pageSize: number; total: number }> {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'scope-assessment', orgId }, 'Scope assessment');
  const { rows, total } = await listScopeAssessments(db, orgId, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map(presentScopeAssessmentSummary), page, pageSize, total };
}

/** Looked up by (organisation, id): another organisation's assessment is simply not found. */
export async function getScopeAssessment(db: Db, ctx: OrgActor, id: string): Promise<ScopeAssessment> {
  const row = await findScopeAssessment(db, ctx.orgId, id);
  if (!row) throw notFound('Scope assessment');
  authorize(ctx, 'read', { type: 'scope-assessment', orgId: row.org_id }, 'Scope assessment');
  return presentScopeAssessment(row);
}

import { notFound } from '@weerbaar/core/platform';
import type { ScopeAssessment, ScopeAssessmentSummary } from '@weerbaar/core/scope';
import type { Db } from '../../db/database.ts';
import { findScopeAssessment, listScopeAssessments } from '../../repositories/scope-assessment.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { presentScopeAssessment, presentScopeAssessmentSummary } from './scope-assessment.presenter.ts';

export async function listOrgScopeAssessments(
  db: Db,
  { orgId }: OrgActor,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ items: ScopeAssessmentSummary[]; page: number; pageSize: number; total: number }> {
  const { rows, total } = await listScopeAssessments(db, orgId, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map(presentScopeAssessmentSummary), page, pageSize, total };
}

/** Looked up by (organisation, id): another organisation's assessment is simply not found. */
export async function getScopeAssessment(db: Db, { orgId }: OrgActor, id: string): Promise<ScopeAssessment> {
  const row = await findScopeAssessment(db, orgId, id);
  if (!row) throw notFound('Scope assessment');
  return presentScopeAssessment(row);
}

import type { ScopeAssessment } from '@weerbaar/core/scope';
import type { DbOrTrx } from '../../db/database.ts';
import { findLatestScopeAssessmentRow } from '../../repositories/scope-assessment.repository.ts';
import { presentScopeAssessment } from './scope-assessment.presenter.ts';

/**
 * The organisation's most recently saved scope assessment, or undefined when it has none. For other modules
 * (registration prefills its classification from it). It may be conditional: then `euClassification` /
 * `nlClassification` are null unless the unknown answers could not change them; check `outcome` and
 * `rulesVersion` (against SCOPE_RULES_VERSION) before relying on it. Takes a trx so it can run inside the
 * caller's transaction.
 */
export async function findLatestScopeAssessment(db: DbOrTrx, orgId: string): Promise<ScopeAssessment | undefined> {
  const row = await findLatestScopeAssessmentRow(db, orgId);
  return row ? presentScopeAssessment(row) : undefined;
}

// Checks the case use cases share: the case exists for this authority, and every report named is one it received.
import { DomainError, notFound } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import type { CampaignCaseRow } from '../../db/schema-campaigns.ts';
import { findCaseForUpdate, findInboxReports } from '../../repositories/campaign.repository.ts';

export async function lockCase(trx: Trx, orgId: string, id: string): Promise<CampaignCaseRow> {
  const row = await findCaseForUpdate(trx, orgId, id);
  if (!row) throw notFound('Case');
  return row;
}

/** Refuses ids that are no report this authority received (another authority's report is simply unknown). */
export async function requireReceivedReports(trx: Trx, orgId: string, ids: readonly string[], field: string) {
  const found = new Set((await findInboxReports(trx, orgId, ids)).map((r) => r.submission_id));
  const unknown = ids.map((id, i) => ({ id, i })).filter(({ id }) => !found.has(id));
  if (unknown.length > 0) {
    throw new DomainError(
      'validation_failed',
      'Not every report is one this authority received',
      unknown.map(({ i }) => ({
        name: field.includes('{i}') ? field.replace('{i}', String(i)) : field,
        reason: 'is not a report in the inbox',
      })),
    );
  }
}

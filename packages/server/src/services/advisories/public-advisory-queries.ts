// The public advisory pages (issue 14 item 6; TLP 2.0 CLEAR: "Recipients can spread this to the world, there
// is no limit on disclosure" — a public page without sign-in). Read through the one TLP rule
// (repositories/shared-visibility.ts) as the anonymous viewer, which reaches shared TLP:CLEAR only; the
// presenter refuses anything else. Nothing organisation-specific: no matches, alerts or recipients.
import type { PublicAdvisoryDetail, PublicAdvisorySummary } from '@weerbaar/core/advisories';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import { findVisibleAdvisory, listVisibleAdvisoriesWithProducts } from '../../repositories/advisory.repository.ts';
import { PUBLIC_VIEWER } from '../sharing/sharing-queries.ts';
import { presentPublicAdvisoryDetail, presentPublicAdvisorySummary } from './advisory.presenter.ts';
import { knownExploited } from './kev.ts';

export async function listPublicAdvisories(db: DbOrTrx, opts: { limit: number }): Promise<PublicAdvisorySummary[]> {
  const kev = knownExploited().cves;
  const rows = await listVisibleAdvisoriesWithProducts(db, PUBLIC_VIEWER, { limit: opts.limit });
  return rows.map((r) => presentPublicAdvisorySummary(r, kev));
}

export async function getPublicAdvisory(db: DbOrTrx, id: string): Promise<PublicAdvisoryDetail> {
  const row = await findVisibleAdvisory(db, PUBLIC_VIEWER, id);
  if (!row) throw notFound('Advisory');
  return presentPublicAdvisoryDetail(row, knownExploited().cves);
}

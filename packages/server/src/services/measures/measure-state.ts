// Shared steps of the measures use cases: which requirement a change is about (in an adopted
// catalogue), and the coverage reading the change leaves for the chart over time.
import {
  coverageOf,
  findCatalogue,
  findRequirement,
  type Catalogue,
  type ImplementationStatus,
  type RequirementId,
} from '@weerbaar/core/measures';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { listFrameworks, listImplementations, upsertCoverageReadings } from '../../repositories/measure.repository.ts';
import { customCatalogues, findOrgRequirement } from './custom-catalogues.ts';
import { dutchToday } from './measure.presenter.ts';

/** The catalogues an organisation adopted that the installation knows (a dropped catalogue id is skipped). */
export async function adoptedCatalogues(db: DbOrTrx, orgId: string): Promise<Catalogue[]> {
  const frameworks = await listFrameworks(db, orgId);
  // The organisation's own (OSCAL-imported) catalogues, read only when it adopted one.
  const own = frameworks.some((f) => !findCatalogue(f.catalogue_id)) ? await customCatalogues(db, orgId) : [];
  return frameworks.flatMap((f) => {
    const catalogue = findCatalogue(f.catalogue_id) ?? own.find((c) => c.id === f.catalogue_id);
    return catalogue ? [catalogue] : [];
  });
}

/** The requirement, when it belongs to a catalogue the organisation adopted; otherwise 404. */
export async function adoptedRequirement(db: DbOrTrx, orgId: string, requirementId: RequirementId) {
  const found = findRequirement(requirementId) ?? (await findOrgRequirement(db, orgId, requirementId));
  if (!found) throw notFound('Requirement');
  const adopted = await listFrameworks(db, orgId);
  if (!adopted.some((f) => f.catalogue_id === found.catalogue.id)) throw notFound('Requirement');
  return found;
}

export async function statusesOf(db: DbOrTrx, orgId: string): Promise<Map<RequirementId, ImplementationStatus>> {
  return new Map((await listImplementations(db, orgId)).map((r) => [r.requirement_id, r.status]));
}

/** Today's coverage per adopted catalogue, written in the change's transaction (one reading per day). */
export async function recordCoverage(trx: Trx, orgId: string, now: Date): Promise<void> {
  const catalogues = await adoptedCatalogues(trx, orgId);
  const coverage = coverageOf(await statusesOf(trx, orgId), catalogues);
  await upsertCoverageReadings(
    trx,
    orgId,
    dutchToday(now),
    coverage.map((c) => ({ catalogueId: c.catalogueId, share: c.share })),
  );
}

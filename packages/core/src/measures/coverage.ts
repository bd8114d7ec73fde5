// Coverage of a catalogue by an organisation's implementation, counting one implemented measure
// everywhere the crosswalk says it applies (catalogues.ts requirementsCountedBy).
//
// Rules (documented in docs/MEASURES.md):
// - Credit of a requirement: implemented 1, partial ½ (half done is shown, not rounded away), other 0.
// - A requirement's credit is the highest of its own and that of every requirement that counts for
//   it through the crosswalk (2024/2690 6.6 implemented → Art. 21(2)(e) counts as implemented).
// - Not applicable (with its documented reasons, 2024/2690 Art. 2(2)) leaves the denominator; it
//   gives no credit to anything else.
// - Share = credit / applicable requirements; 1 when nothing applies (nothing is missing).
import type { Catalogue, RequirementId, RequirementMapping } from './catalogue.contracts.ts';
import { CATALOGUES, CROSSWALK, requirementsCountedBy } from './catalogues.ts';
import type { CatalogueCoverage, ImplementationStatus } from './implementation.contracts.ts';

export const STATUS_CREDIT: Record<ImplementationStatus, number> = {
  'not-started': 0,
  partial: 0.5,
  implemented: 1,
  'not-applicable': 0,
};

export type StatusOf = (id: RequirementId) => ImplementationStatus | undefined;

/** Requirement id → the best credit it gets from elsewhere, with who gives it. */
export function crosswalkCredit(
  statuses: ReadonlyMap<RequirementId, ImplementationStatus>,
  mappings: readonly RequirementMapping[] = CROSSWALK,
): Map<RequirementId, { credit: number; from: RequirementId[] }> {
  const result = new Map<RequirementId, { credit: number; from: RequirementId[] }>();
  for (const [id, status] of statuses) {
    const credit = STATUS_CREDIT[status];
    if (credit === 0) continue;
    for (const target of requirementsCountedBy(id, mappings)) {
      const best = result.get(target);
      if (!best || credit > best.credit) result.set(target, { credit, from: [id] });
      else if (credit === best.credit) best.from.push(id);
    }
  }
  return result;
}

/** The credit one requirement gets: its own status or the crosswalk's, whichever is higher. */
export function creditOf(
  id: RequirementId,
  statuses: ReadonlyMap<RequirementId, ImplementationStatus>,
  credit: ReadonlyMap<RequirementId, { credit: number }>,
): number | null {
  const status = statuses.get(id) ?? 'not-started';
  if (status === 'not-applicable') return null;
  return Math.max(STATUS_CREDIT[status], credit.get(id)?.credit ?? 0);
}

const share = (credit: number, applicable: number) => (applicable === 0 ? 1 : credit / applicable);

/** Coverage per catalogue and section. Pure: the statuses are the organisation's implementation records. */
export function coverageOf(
  statuses: ReadonlyMap<RequirementId, ImplementationStatus>,
  catalogues: readonly Catalogue[] = CATALOGUES,
  mappings: readonly RequirementMapping[] = CROSSWALK,
): CatalogueCoverage[] {
  const credit = crosswalkCredit(statuses, mappings);
  return catalogues.map((catalogue) => {
    const sections = catalogue.sections.map((section) => {
      let got = 0;
      let applicable = 0;
      let notApplicable = 0;
      for (const requirement of section.requirements) {
        const c = creditOf(requirement.id, statuses, credit);
        if (c === null) notApplicable += 1;
        else {
          applicable += 1;
          got += c;
        }
      }
      return {
        ref: section.ref,
        title: section.title,
        credit: got,
        applicable,
        notApplicable,
        share: share(got, applicable),
      };
    });
    const got = sections.reduce((sum, s) => sum + s.credit, 0);
    const applicable = sections.reduce((sum, s) => sum + s.applicable, 0);
    return {
      catalogueId: catalogue.id,
      ref: catalogue.id,
      title: catalogue.title,
      credit: got,
      applicable,
      notApplicable: sections.reduce((sum, s) => sum + s.notApplicable, 0),
      share: share(got, applicable),
      sections,
    };
  });
}

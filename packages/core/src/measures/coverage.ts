// Coverage of a catalogue by an organisation's implementation, counting one implemented measure
// everywhere the crosswalk says it applies (catalogues.ts requirementsCountedBy).
//
// Rules (documented in docs/MEASURES.md):
// - Credit of a requirement: implemented 1, partial ½ (half done is shown, not rounded away), other 0.
// - Crosswalk credit is a share, not a switch: a broad duty gets, from each catalogue whose
//   requirements count towards it, the mean credit of those requirements (Art. 21(2)(e) is
//   implemented through 2024/2690 when 6.1–6.10 are, and one tenth of it when only 6.6 patching
//   is). Patching alone must not show a supervisor the whole of point (e) as done. The best
//   catalogue counts; a requirement's credit is the higher of its own and that.
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

const catalogueOf = (id: RequirementId) => id.slice(0, id.indexOf(':'));

/** Target → source catalogue → the requirements of that catalogue that count for the target. */
function sourcesByTarget(mappings: readonly RequirementMapping[]): Map<RequirementId, Map<string, RequirementId[]>> {
  const sources = new Map<RequirementId, Map<string, RequirementId[]>>();
  for (const from of new Set(mappings.map((m) => m.from))) {
    for (const target of requirementsCountedBy(from, mappings)) {
      const byCatalogue = sources.get(target) ?? new Map<string, RequirementId[]>();
      byCatalogue.set(catalogueOf(from), [...(byCatalogue.get(catalogueOf(from)) ?? []), from]);
      sources.set(target, byCatalogue);
    }
  }
  return sources;
}
// The crosswalk is static data: its index is built once per mappings list.
const sourcesCache = new WeakMap<readonly RequirementMapping[], ReturnType<typeof sourcesByTarget>>();

/**
 * Requirement id → the credit it gets through the crosswalk, with the requirements that give it:
 * per source catalogue the mean credit of its applicable requirements that count for the target
 * (not applicable ones leave the mean), the best catalogue winning.
 */
export function crosswalkCredit(
  statuses: ReadonlyMap<RequirementId, ImplementationStatus>,
  mappings: readonly RequirementMapping[] = CROSSWALK,
): Map<RequirementId, { credit: number; from: RequirementId[] }> {
  let sources = sourcesCache.get(mappings);
  if (!sources) sourcesCache.set(mappings, (sources = sourcesByTarget(mappings)));
  const result = new Map<RequirementId, { credit: number; from: RequirementId[] }>();
  for (const [target, byCatalogue] of sources) {
    for (const group of byCatalogue.values()) {
      const applicable = group.filter((id) => statuses.get(id) !== 'not-applicable');
      if (applicable.length === 0) continue;
      const credits = applicable.map((id) => STATUS_CREDIT[statuses.get(id) ?? 'not-started']);
      const credit = credits.reduce((sum, c) => sum + c, 0) / applicable.length;
      if (credit > 0 && credit > (result.get(target)?.credit ?? 0))
        result.set(target, { credit, from: applicable.filter((_, i) => credits[i]! > 0) });
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

import type { Catalogue, Requirement, RequirementId, RequirementMapping } from './catalogue.contracts.ts';
import { NIS2_ART21 } from './nis2-art21.catalogue.ts';

// Every built-in catalogue. A new catalogue is one file (<name>.catalogue.ts) and one line here.
export const CATALOGUES: readonly Catalogue[] = [NIS2_ART21];

// Every crosswalk line between built-in catalogues (crosswalk files add theirs here).
export const CROSSWALK: readonly RequirementMapping[] = [];

const requirementIndex = new Map<RequirementId, { catalogue: Catalogue; requirement: Requirement }>(
  CATALOGUES.flatMap((catalogue) =>
    catalogue.sections.flatMap((section) =>
      section.requirements.map((requirement) => [requirement.id, { catalogue, requirement }] as const),
    ),
  ),
);

export const findCatalogue = (id: string): Catalogue | undefined => CATALOGUES.find((c) => c.id === id);

export const findRequirement = (id: RequirementId) => requirementIndex.get(id);

/**
 * Every requirement an implementation of `id` also counts for: the crosswalk followed from `from` to
 * `to`, transitively (2024/2690 6.6 → ISO A.8.8 → …), without `id` itself. One direction only: a
 * specific measure counts towards the broad duty it implements, never the broad duty towards each of
 * its parts (patching does not make secure development count as done). Equivalent requirements are
 * two lines, one each way.
 */
export function requirementsCountedBy(
  id: RequirementId,
  mappings: readonly RequirementMapping[] = CROSSWALK,
): RequirementId[] {
  const targets = new Map<RequirementId, RequirementId[]>();
  for (const { from, to } of mappings) targets.set(from, [...(targets.get(from) ?? []), to]);
  const seen = new Set<RequirementId>([id]);
  const queue = [id];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const target of targets.get(next) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  seen.delete(id);
  return [...seen];
}

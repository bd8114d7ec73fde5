import type { Catalogue, Requirement, RequirementId, RequirementMapping } from './catalogue.contracts.ts';
import { ADR_NOREA_CBW } from './adr-norea-cbw.catalogue.ts';
import { ADR_NOREA_CBW_TO_NIS2 } from './adr-norea-cbw-nis2-art21.crosswalk.ts';
import { BIO2 } from './bio2.catalogue.ts';
import { BIO2_TO_ISO27001 } from './bio2-iso27001.crosswalk.ts';
import { CER_ART13 } from './cer-art13.catalogue.ts';
import { GOVERNANCE_ART20 } from './governance-art20.catalogue.ts';
import { IBP_ONDERWIJS } from './ibp-onderwijs.catalogue.ts';
import { IR_2024_2690 } from './ir-2024-2690.catalogue.ts';
import { IR_2024_2690_TO_NIS2_ART21 } from './ir-2024-2690-nis2-art21.crosswalk.ts';
import { ISO27001_2022 } from './iso27001-2022.catalogue.ts';
import { ISO27001_IR_2024_2690, ISO27001_NIS2_ART21 } from './iso27001-ir-2024-2690.crosswalk.ts';
import { NCSC_BASIS } from './ncsc-basis.catalogue.ts';
import { NEN7510 } from './nen7510.catalogue.ts';
import { NIS2_ART21 } from './nis2-art21.catalogue.ts';

// Every built-in catalogue. A new catalogue is one file (<name>.catalogue.ts) and one line here.
export const CATALOGUES: readonly Catalogue[] = [
  NIS2_ART21,
  GOVERNANCE_ART20,
  IR_2024_2690,
  CER_ART13,
  NCSC_BASIS,
  ADR_NOREA_CBW,
  BIO2,
  NEN7510,
  IBP_ONDERWIJS,
  ISO27001_2022,
];

// Every crosswalk line between built-in catalogues (crosswalk files add theirs here).
export const CROSSWALK: readonly RequirementMapping[] = [
  ...IR_2024_2690_TO_NIS2_ART21,
  ...ADR_NOREA_CBW_TO_NIS2,
  ...BIO2_TO_ISO27001,
  ...ISO27001_IR_2024_2690,
  ...ISO27001_NIS2_ART21,
];

// The crosswalk indexed by `from`, built once per mappings array (the built-in CROSSWALK is walked for
// every requirement of a coverage computation).
const indexCache = new WeakMap<readonly RequirementMapping[], Map<RequirementId, RequirementId[]>>();
function linesFrom(mappings: readonly RequirementMapping[]): Map<RequirementId, RequirementId[]> {
  let index = indexCache.get(mappings);
  if (!index) {
    index = new Map();
    for (const { from, to } of mappings) index.set(from, [...(index.get(from) ?? []), to]);
    indexCache.set(mappings, index);
  }
  return index;
}

const requirementIndex = new Map<RequirementId, { catalogue: Catalogue; requirement: Requirement }>(
  CATALOGUES.flatMap((catalogue) =>
    catalogue.sections.flatMap((section) =>
      section.requirements.map((requirement) => [requirement.id, { catalogue, requirement }] as const),
    ),
  ),
);

export const findCatalogue = (id: string): Catalogue | undefined => CATALOGUES.find((c) => c.id === id);

export const findRequirement = (id: RequirementId) => requirementIndex.get(id);

const catalogueOf = (id: RequirementId) => id.slice(0, id.indexOf(':'));

// Results of requirementsCountedBy per mappings array (static data; coverage asks for every `from`).
const countedCache = new WeakMap<readonly RequirementMapping[], Map<RequirementId, RequirementId[]>>();

/**
 * Every requirement an implementation of `id` also counts for: the crosswalk followed from `from` to
 * `to`, transitively (BIO2 8.08.06 → ISO A.8.8 → 2024/2690 6.6 → Art. 21(2)(e)), without `id` itself.
 * One direction only: a specific measure counts towards the broad duty it implements, never the broad
 * duty towards each of its parts (patching does not make secure development count as done).
 * Equivalent requirements are two lines, one each way; so that such pairs cannot make one requirement
 * count for a sibling in its own catalogue (2024/2690 6.6 → ISO A.8.8 → 2024/2690 6.10), a path never
 * returns to a catalogue it has left, the start's own included.
 */
export function requirementsCountedBy(
  id: RequirementId,
  mappings: readonly RequirementMapping[] = CROSSWALK,
): RequirementId[] {
  let cache = countedCache.get(mappings);
  if (!cache) countedCache.set(mappings, (cache = new Map()));
  const cached = cache.get(id);
  if (cached) return [...cached];
  const targets = linesFrom(mappings);
  const found = new Set<RequirementId>();
  // Breadth-first over states (requirement, catalogues left behind): the same requirement may be
  // reached again on a path that left fewer catalogues and so may go further. Lines inside one
  // catalogue are followed; a line back into a catalogue the path has left is not.
  const seen = new Set<string>();
  const queue: { at: RequirementId; left: readonly string[] }[] = [{ at: id, left: [] }];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const here = catalogueOf(next.at);
    for (const target of targets.get(next.at) ?? []) {
      const catalogue = catalogueOf(target);
      if (next.left.includes(catalogue)) continue;
      const left = catalogue === here ? next.left : [...next.left, here].sort();
      const state = `${target}|${left.join(',')}`;
      if (seen.has(state)) continue;
      seen.add(state);
      found.add(target);
      queue.push({ at: target, left });
    }
  }
  found.delete(id);
  const result = [...found];
  cache.set(id, result);
  return [...result];
}

/** The crosswalk lines that start at `id` (one step, with their sources): "telt ook voor …" with the why. */
export function mappingsFrom(
  id: RequirementId,
  mappings: readonly RequirementMapping[] = CROSSWALK,
): RequirementMapping[] {
  return mappings.filter((m) => m.from === id);
}

// NIS2 Annex I and Annex II: sectors, subsectors and entity types, read from nis2-sectors.json.
//
// Source: nis2-sectors.json, a byte-identical copy of the Weerbaar domain reference
// (../shared/domain/nis2-sectors.json: "NIS2 (Directive (EU) 2022/2555) Annex I and Annex II — sectors,
// subsectors and entity types", research snapshot 2026), itself cross-checked against Directive (EU)
// 2022/2555 Annexes I and II and Arts. 2, 3, 26, 27, and the Cbw (BWBR0052872, text in force 2026-08-15).
// The Cbw's bijlagen 1 and 2 are assumed to mirror the NIS2 annexes [unverified in the reference].
// Imported as a JSON module (bundled, no I/O: this package also runs in the browser) and validated with zod
// when loaded, so a malformed update of the file fails at start-up, not in a classification. Its origin and
// how to update it: README.md next to it; test/scope/sector-catalogue.test.ts checks it against the source.
//
// The engine decides from `id`, `annex` and `size_rule`; the classification per size is derived by the rules
// (eu-rules.ts, nl-rules.ts), not read from the file's classification_by_size (the test compares the two).
import { z } from 'zod';
import nis2Sectors from './nis2-sectors.json' with { type: 'json' };

export type Annex = 'I' | 'II';

/**
 * How the size of the entity matters (nis2-sectors.json meta.size_rule_values):
 * - size_cap: in scope only if medium or large (NIS2 Art. 2(1)).
 * - size_independent: in scope regardless of size (NIS2 Art. 2(2)(a), 2(2)(f)(i), 2(3), 2(4)).
 * - risk_based_assessment: only after a Member State risk-based assessment (NIS2 Art. 2(2)(f)(ii)).
 * - member_state_option: only if the Member State uses an option of NIS2 Art. 2(5).
 * - not_listed: Weerbaar addition for "none of the above" — not in Annex I or II.
 */
export type SizeRule = 'size_cap' | 'size_independent' | 'risk_based_assessment' | 'member_state_option' | 'not_listed';

export interface EntityTypeEntry {
  /** Annex, point, subsector letter and indent, e.g. 'I.1.a.2'; 'X.*' for types outside the annex lists. */
  id: string;
  annex: Annex | null;
  size_rule: SizeRule;
  sector: string;
  sector_nl: string;
  subsector: string | null;
  subsector_nl: string | null;
  entity_type: string;
  legal_definition_ref: string;
  /** The CER Annex lists this type (candidates for identification as critical entity, CER Art. 6). */
  in_cer_annex: boolean;
  /** Must also register with ENISA (NIS2 Art. 27(1); Cbw art. 47). */
  enisa_registry_art27: boolean;
  /** Covered by Commission Implementing Regulation (EU) 2024/2690 (Art. 1). */
  implementing_reg_2024_2690: boolean;
  /** Cbw art. 15: the competent authority (bevoegde autoriteit). */
  nl_competent_authority: string | null;
  notes: readonly string[];
}

// The part of an entry of nis2-sectors.json the catalogue uses (zod drops the rest, such as
// classification_by_size); `not_listed` is ours, so the file may not use it.
const SourceEntrySchema = z.object({
  id: z.string().regex(/^(I|II|X)\.[A-Za-z0-9.]+$/),
  annex: z.enum(['I', 'II']).nullable(),
  sector: z.string().min(1),
  sector_nl: z.string().min(1),
  subsector: z.string().min(1).nullable(),
  subsector_nl: z.string().min(1).nullable(),
  entity_type: z.string().min(1),
  legal_definition_ref: z.string().min(1),
  size_rule: z.enum(['size_cap', 'size_independent', 'risk_based_assessment', 'member_state_option']),
  special_rules: z.array(z.string()),
  in_cer_annex: z.boolean(),
  nis2_art27_registry: z.boolean(),
  implementing_reg_2024_2690: z.boolean(),
  nl_cbw: z.object({ competent_authority: z.string().min(1).optional() }),
});

const SourceSchema = z.object({
  entries: z
    .array(SourceEntrySchema)
    .min(1)
    .refine((entries) => new Set(entries.map((e) => e.id)).size === entries.length, 'entity type ids must be unique'),
});

function fromSource(s: z.infer<typeof SourceEntrySchema>): EntityTypeEntry {
  return {
    id: s.id,
    annex: s.annex,
    size_rule: s.size_rule,
    sector: s.sector,
    sector_nl: s.sector_nl,
    subsector: s.subsector,
    subsector_nl: s.subsector_nl,
    entity_type: s.entity_type,
    legal_definition_ref: s.legal_definition_ref,
    in_cer_annex: s.in_cer_annex,
    enisa_registry_art27: s.nis2_art27_registry,
    implementing_reg_2024_2690: s.implementing_reg_2024_2690,
    nl_competent_authority: s.nl_cbw.competent_authority ?? null,
    notes: s.special_rules,
  };
}

// Weerbaar addition (not in the source file): the answer "my organisation is none of the above".
// NIS2 Art. 2(1) only covers types of entity referred to in Annex I or II.
const OTHER: EntityTypeEntry = {
  id: 'X.OTHER',
  annex: null,
  size_rule: 'not_listed',
  sector: 'Other (not in Annex I or II)',
  sector_nl: 'Overig (niet in bijlage 1 of 2)',
  subsector: null,
  subsector_nl: null,
  entity_type: 'Entity of a type not referred to in Annex I or II',
  legal_definition_ref: 'NIS2 Art. 2(1)',
  in_cer_annex: false,
  enisa_registry_art27: false,
  implementing_reg_2024_2690: false,
  nl_competent_authority: null,
  notes: [
    'Only in scope through a size-independent hook (e.g. identification as critical entity under CER, NIS2 Art. 2(3)).',
  ],
};

/** The catalogue from the contents of nis2-sectors.json; throws (zod) when the file is malformed. */
export function parseEntityTypes(source: unknown): EntityTypeEntry[] {
  return [...SourceSchema.parse(source).entries.map(fromSource), OTHER];
}

export const ENTITY_TYPES: readonly EntityTypeEntry[] = parseEntityTypes(nis2Sectors);

const BY_ID = new Map(ENTITY_TYPES.map((e) => [e.id, e]));

export { ENTITY_TYPE_IDS } from './entity-type-ids.ts';

export interface SectorEntry {
  sector: string;
  sector_nl: string;
  annex: Annex | null;
  subsectors: { subsector: string; subsector_nl: string | null }[];
}

/** Sectors in catalogue order, each with its subsectors (derived from ENTITY_TYPES). */
export const SECTORS: readonly SectorEntry[] = (() => {
  const sectors = new Map<string, SectorEntry>();
  for (const e of ENTITY_TYPES) {
    let s = sectors.get(e.sector);
    if (!s) {
      s = { sector: e.sector, sector_nl: e.sector_nl, annex: e.annex, subsectors: [] };
      sectors.set(e.sector, s);
    }
    if (e.subsector !== null && !s.subsectors.some((x) => x.subsector === e.subsector)) {
      s.subsectors.push({ subsector: e.subsector, subsector_nl: e.subsector_nl });
    }
  }
  return [...sectors.values()];
})();

export const SECTOR_NAMES = SECTORS.map((s) => s.sector) as [string, ...string[]];

export function findEntityType(id: string): EntityTypeEntry | undefined {
  return BY_ID.get(id);
}

/** Like findEntityType, but for ids that were already validated: a miss is a programming error. */
export function getEntityType(id: string): EntityTypeEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`unknown entity type '${id}'`);
  return entry;
}

// NIS2 Annex I and Annex II: sectors, subsectors and entity types, as typed data.
//
// Source: nis2-sectors.json of the Weerbaar domain reference ("NIS2 (Directive (EU) 2022/2555) Annex I and
// Annex II — sectors, subsectors and entity types", research snapshot 2026), itself cross-checked against
// Directive (EU) 2022/2555 Annexes I and II and Arts. 2, 3, 26, 27, and the Cbw (BWBR0052872, text in force
// 2026-08-15). The Cbw's bijlagen 1 and 2 are assumed to mirror the NIS2 annexes [unverified in the reference].
// Copied, not read at run time, so this package has no I/O. The test in test/scope/sector-catalogue.test.ts
// checks this copy against test/fixtures/nis2-sectors.json.
//
// The engine decides from `id`, `annex` and `size_rule`; the classification per size is derived by the rules
// (eu-rules.ts, nl-rules.ts), not stored here.

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

export const ENTITY_TYPES: readonly EntityTypeEntry[] = [
  // Annex I point 1: Energy
  {
    id: 'I.1.a.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Electricity', subsector_nl: 'Elektriciteit',
    entity_type: "Electricity undertakings performing the 'supply' function",
    legal_definition_ref: 'Dir. (EU) 2019/944 Art. 2(57) and 2(12)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.a.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Electricity', subsector_nl: 'Elektriciteit',
    entity_type: 'Distribution system operators (electricity)',
    legal_definition_ref: 'Dir. (EU) 2019/944 Art. 2(29)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.a.3', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Electricity', subsector_nl: 'Elektriciteit',
    entity_type: 'Transmission system operators (electricity)',
    legal_definition_ref: 'Dir. (EU) 2019/944 Art. 2(35)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.a.4', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Electricity', subsector_nl: 'Elektriciteit',
    entity_type: 'Producers (electricity)',
    legal_definition_ref: 'Dir. (EU) 2019/944 Art. 2(38)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.a.5', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Electricity', subsector_nl: 'Elektriciteit',
    entity_type: 'Nominated electricity market operators (NEMOs)',
    legal_definition_ref: 'Reg. (EU) 2019/943 Art. 2(8)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.a.6', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Electricity', subsector_nl: 'Elektriciteit',
    entity_type: 'Market participants providing aggregation, demand response or energy storage services',
    legal_definition_ref: 'Reg. (EU) 2019/943 Art. 2(25); Dir. (EU) 2019/944 Art. 2(18),(20),(59)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.a.7', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Electricity', subsector_nl: 'Elektriciteit',
    entity_type: 'Operators of a recharging point (management/operation of a recharging point that provides a recharging service to end users, incl. on behalf of a mobility service provider)',
    legal_definition_ref: 'NIS2 Annex I point 1(a), 7th indent',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [
      'Listed in NIS2 Annex I but not in the CER Annex electricity categories [verify against CER Annex]',
    ],
  },
  {
    id: 'I.1.b.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'District heating and cooling', subsector_nl: 'Stadsverwarming en -koeling',
    entity_type: 'Operators of district heating or district cooling',
    legal_definition_ref: 'Dir. (EU) 2018/2001 Art. 2(19)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.c.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Oil', subsector_nl: 'Aardolie',
    entity_type: 'Operators of oil transmission pipelines',
    legal_definition_ref: 'NIS2 Annex I point 1(c)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.c.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Oil', subsector_nl: 'Aardolie',
    entity_type: 'Operators of oil production, refining and treatment facilities, storage and transmission',
    legal_definition_ref: 'NIS2 Annex I point 1(c)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.c.3', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Oil', subsector_nl: 'Aardolie',
    entity_type: 'Central stockholding entities',
    legal_definition_ref: 'Council Dir. 2009/119/EC Art. 2(f)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.d.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Gas', subsector_nl: 'Aardgas',
    entity_type: 'Supply undertakings (gas)',
    legal_definition_ref: 'Dir. 2009/73/EC Art. 2(8)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.d.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Gas', subsector_nl: 'Aardgas',
    entity_type: 'Distribution system operators (gas)',
    legal_definition_ref: 'Dir. 2009/73/EC Art. 2(6)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.d.3', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Gas', subsector_nl: 'Aardgas',
    entity_type: 'Transmission system operators (gas)',
    legal_definition_ref: 'Dir. 2009/73/EC Art. 2(4)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.d.4', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Gas', subsector_nl: 'Aardgas',
    entity_type: 'Storage system operators',
    legal_definition_ref: 'Dir. 2009/73/EC Art. 2(10)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.d.5', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Gas', subsector_nl: 'Aardgas',
    entity_type: 'LNG system operators',
    legal_definition_ref: 'Dir. 2009/73/EC Art. 2(12)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.d.6', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Gas', subsector_nl: 'Aardgas',
    entity_type: 'Natural gas undertakings',
    legal_definition_ref: 'Dir. 2009/73/EC Art. 2(1)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.d.7', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Gas', subsector_nl: 'Aardgas',
    entity_type: 'Operators of natural gas refining and treatment facilities',
    legal_definition_ref: 'NIS2 Annex I point 1(d)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.1.e.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Energy', sector_nl: 'Energie',
    subsector: 'Hydrogen', subsector_nl: 'Waterstof',
    entity_type: 'Operators of hydrogen production, storage and transmission',
    legal_definition_ref: 'NIS2 Annex I point 1(e)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
    notes: [],
  },
  // Annex I point 2: Transport
  {
    id: 'I.2.a.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Air', subsector_nl: 'Lucht',
    entity_type: 'Air carriers used for commercial purposes',
    legal_definition_ref: 'Reg. (EC) No 300/2008 Art. 3(4)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.a.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Air', subsector_nl: 'Lucht',
    entity_type: 'Airport managing bodies, airports (incl. TEN-T core airports) and entities operating ancillary installations within airports',
    legal_definition_ref: 'Dir. 2009/12/EC Art. 2(1),(2); Reg. (EU) No 1315/2013 Annex II section 2',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.a.3', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Air', subsector_nl: 'Lucht',
    entity_type: 'Traffic management control operators providing air traffic control (ATC) services',
    legal_definition_ref: 'Reg. (EC) No 549/2004 Art. 2(1)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.b.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Rail', subsector_nl: 'Spoor',
    entity_type: 'Infrastructure managers',
    legal_definition_ref: 'Dir. 2012/34/EU Art. 3(2)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.b.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Rail', subsector_nl: 'Spoor',
    entity_type: 'Railway undertakings, incl. operators of service facilities',
    legal_definition_ref: 'Dir. 2012/34/EU Art. 3(1) and 3(12)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.c.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Water', subsector_nl: 'Water',
    entity_type: 'Inland, sea and coastal passenger and freight water transport companies (not the individual vessels)',
    legal_definition_ref: 'Reg. (EC) No 725/2004 Annex I',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.c.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Water', subsector_nl: 'Water',
    entity_type: 'Managing bodies of ports incl. port facilities, and entities operating works and equipment within ports',
    legal_definition_ref: 'Dir. 2005/65/EC Art. 3(1); Reg. (EC) No 725/2004 Art. 2(11)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.c.3', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Water', subsector_nl: 'Water',
    entity_type: 'Operators of vessel traffic services (VTS)',
    legal_definition_ref: 'Dir. 2002/59/EC Art. 3(o)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.2.d.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Road', subsector_nl: 'Weg',
    entity_type: 'Road authorities responsible for traffic management control',
    legal_definition_ref: 'Del. Reg. (EU) 2015/962 Art. 2(12)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [
      'Excluded: public entities for which traffic management or operating intelligent transport systems is a non-essential part of their general activity (Annex I point 2(d))',
    ],
  },
  {
    id: 'I.2.d.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Transport', sector_nl: 'Vervoer',
    subsector: 'Road', subsector_nl: 'Weg',
    entity_type: 'Operators of Intelligent Transport Systems',
    legal_definition_ref: 'Dir. 2010/40/EU Art. 4(1)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Infrastructure and Water Management (IenW) (Cbw art. 15(1))',
    notes: [],
  },
  // Annex I point 3: Banking
  {
    id: 'I.3.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Banking', sector_nl: 'Bankwezen',
    subsector: null, subsector_nl: null,
    entity_type: 'Credit institutions',
    legal_definition_ref: 'Reg. (EU) No 575/2013 Art. 4(1)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Finance (Cbw art. 15(1))',
    notes: [
      'DORA (Reg. (EU) 2022/2554) is a sector-specific act under NIS2 Art. 4: its ICT risk-management and incident-reporting rules replace NIS2 Arts. 21/23 for these entities (NIS2 recital 28 [recital no. unverified]).',
      'CER: identified, but CER Art. 11 and Chapters III, IV, VI do not apply (CER Art. 8).',
    ],
  },
  // Annex I point 4: Financial market infrastructures
  {
    id: 'I.4.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Financial market infrastructures', sector_nl: 'Infrastructuur voor de financiële markt',
    subsector: null, subsector_nl: null,
    entity_type: 'Operators of trading venues',
    legal_definition_ref: 'Dir. 2014/65/EU Art. 4(24)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Finance (Cbw art. 15(1))',
    notes: [
      'DORA lex specialis (NIS2 Art. 4).',
      'CER Art. 8 carve-out.',
    ],
  },
  {
    id: 'I.4.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Financial market infrastructures', sector_nl: 'Infrastructuur voor de financiële markt',
    subsector: null, subsector_nl: null,
    entity_type: 'Central counterparties (CCPs)',
    legal_definition_ref: 'Reg. (EU) No 648/2012 Art. 2(1)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Finance (Cbw art. 15(1))',
    notes: [
      'DORA lex specialis (NIS2 Art. 4).',
      'CER Art. 8 carve-out.',
    ],
  },
  // Annex I point 5: Health
  {
    id: 'I.5.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Health', sector_nl: 'Gezondheidszorg',
    subsector: null, subsector_nl: null,
    entity_type: 'Healthcare providers',
    legal_definition_ref: 'Dir. 2011/24/EU Art. 3(g)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Health, Welfare and Sport (VWS) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.5.2', annex: 'I', size_rule: 'size_cap',
    sector: 'Health', sector_nl: 'Gezondheidszorg',
    subsector: null, subsector_nl: null,
    entity_type: 'EU reference laboratories',
    legal_definition_ref: 'Reg. (EU) 2022/2371 Art. 15',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Health, Welfare and Sport (VWS) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.5.3', annex: 'I', size_rule: 'size_cap',
    sector: 'Health', sector_nl: 'Gezondheidszorg',
    subsector: null, subsector_nl: null,
    entity_type: 'Entities carrying out research and development of medicinal products',
    legal_definition_ref: 'Dir. 2001/83/EC Art. 1(2)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Health, Welfare and Sport (VWS) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.5.4', annex: 'I', size_rule: 'size_cap',
    sector: 'Health', sector_nl: 'Gezondheidszorg',
    subsector: null, subsector_nl: null,
    entity_type: 'Entities manufacturing basic pharmaceutical products and pharmaceutical preparations',
    legal_definition_ref: 'NACE Rev. 2 section C division 21',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Health, Welfare and Sport (VWS) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.5.5', annex: 'I', size_rule: 'size_cap',
    sector: 'Health', sector_nl: 'Gezondheidszorg',
    subsector: null, subsector_nl: null,
    entity_type: 'Entities manufacturing medical devices considered critical during a public health emergency (public health emergency critical devices list)',
    legal_definition_ref: 'Reg. (EU) 2022/123 Art. 22',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Health, Welfare and Sport (VWS) (Cbw art. 15(1))',
    notes: [],
  },
  // Annex I point 6: Drinking water
  {
    id: 'I.6.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Drinking water', sector_nl: 'Drinkwater',
    subsector: null, subsector_nl: null,
    entity_type: 'Suppliers and distributors of water intended for human consumption',
    legal_definition_ref: 'Dir. (EU) 2020/2184 Art. 2(1)(a)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of IenW (Cbw art. 15(1))',
    notes: [
      'Excluded: distributors for which distributing drinking water is a non-essential part of their general activity of distributing other commodities and goods',
    ],
  },
  // Annex I point 7: Waste water
  {
    id: 'I.7.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Waste water', sector_nl: 'Afvalwater',
    subsector: null, subsector_nl: null,
    entity_type: 'Undertakings collecting, disposing of or treating urban, domestic or industrial waste water',
    legal_definition_ref: 'Council Dir. 91/271/EEC Art. 2(1),(2),(3)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of IenW (Cbw art. 15(1))',
    notes: [
      'Excluded: undertakings for which this is a non-essential part of their general activity',
    ],
  },
  // Annex I point 8: Digital infrastructure
  {
    id: 'I.8.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Internet Exchange Point (IXP) providers',
    legal_definition_ref: 'NIS2 Art. 6(18)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'I.8.2', annex: 'I', size_rule: 'size_independent',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'DNS service providers (excluding operators of root name servers)',
    legal_definition_ref: 'NIS2 Art. 6(20)',
    in_cer_annex: true, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'Regardless of size: in scope (Art. 2(2)(a)(iii)) and essential (Art. 3(1)(b)).',
      'Root name server operators are excluded (Annex I point 8; NL Cbw art. 6).',
      'Jurisdiction: main establishment in the EU (Art. 26(1)(b)).',
      'Significant-incident thresholds: Impl. Reg. 2024/2690 Art. 5.',
    ],
  },
  {
    id: 'I.8.3', annex: 'I', size_rule: 'size_independent',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Top-level domain (TLD) name registries',
    legal_definition_ref: 'NIS2 Art. 6(21)',
    in_cer_annex: true, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'Regardless of size: in scope (Art. 2(2)(a)(iii)) and essential (Art. 3(1)(b)).',
      'Art. 28 domain registration data duties also apply.',
      'Thresholds: Impl. Reg. 2024/2690 Art. 6.',
    ],
  },
  {
    id: 'I.8.4', annex: 'I', size_rule: 'size_cap',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Cloud computing service providers',
    legal_definition_ref: 'NIS2 Art. 6(30)',
    in_cer_annex: true, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'NO size exemption: a small/micro cloud provider is out of scope unless designated (Art. 2(2)(b)-(e)).',
      'Jurisdiction: main establishment (Art. 26(1)(b)).',
      'Thresholds: Impl. Reg. 2024/2690 Art. 7.',
    ],
  },
  {
    id: 'I.8.5', annex: 'I', size_rule: 'size_cap',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Data centre service providers',
    legal_definition_ref: 'NIS2 Art. 6(31)',
    in_cer_annex: true, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'Size-cap applies.',
      'Thresholds: Impl. Reg. 2024/2690 Art. 8.',
    ],
  },
  {
    id: 'I.8.6', annex: 'I', size_rule: 'size_cap',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Content delivery network (CDN) providers',
    legal_definition_ref: 'NIS2 Art. 6(32)',
    in_cer_annex: true, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'Size-cap applies.',
      'Thresholds: Impl. Reg. 2024/2690 Art. 9.',
    ],
  },
  {
    id: 'I.8.7', annex: 'I', size_rule: 'size_independent',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Trust service providers (qualified and non-qualified)',
    legal_definition_ref: 'Reg. (EU) No 910/2014 Art. 3(19)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'Regardless of size: in scope (Art. 2(2)(a)(ii)).',
      'Qualified TSP: essential regardless of size (Art. 3(1)(b)).',
      'Non-qualified TSP: essential only if large (Art. 3(1)(a)); otherwise important (Art. 3(2)).',
      'Incident notification within 24 h instead of 72 h where the incident affects the trust service (Art. 23(4) last subpara.).',
      'Thresholds: Impl. Reg. 2024/2690 Art. 14.',
    ],
  },
  {
    id: 'I.8.8', annex: 'I', size_rule: 'size_independent',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Providers of public electronic communications networks',
    legal_definition_ref: 'Dir. (EU) 2018/1972 Art. 2(8)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'Regardless of size: in scope (Art. 2(2)(a)(i)).',
      'Micro/small: important (Art. 3(2)); medium: essential (Art. 3(1)(c)); large: essential (Art. 3(1)(a)).',
      'Jurisdiction: Member State where the services are provided (Art. 26(1)(a)).',
    ],
  },
  {
    id: 'I.8.9', annex: 'I', size_rule: 'size_independent',
    sector: 'Digital infrastructure', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Providers of publicly available electronic communications services',
    legal_definition_ref: 'Dir. (EU) 2018/1972 Art. 2(4)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Economic Affairs (EZ) (Cbw art. 15(1))',
    notes: [
      'Same regime as I.8.8 (Art. 2(2)(a)(i); Art. 3(1)(c); Art. 3(2)).',
    ],
  },
  // Annex I point 9: ICT service management (business-to-business)
  {
    id: 'I.9.1', annex: 'I', size_rule: 'size_cap',
    sector: 'ICT service management (business-to-business)', sector_nl: 'Beheer van ICT-diensten (business-to-business)',
    subsector: null, subsector_nl: null,
    entity_type: 'Managed service providers (MSP)',
    legal_definition_ref: 'NIS2 Art. 6(39)',
    in_cer_annex: false, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [
      'Size-cap applies.',
      'Jurisdiction: main establishment (Art. 26(1)(b)).',
      'Thresholds: Impl. Reg. 2024/2690 Art. 10.',
    ],
  },
  {
    id: 'I.9.2', annex: 'I', size_rule: 'size_cap',
    sector: 'ICT service management (business-to-business)', sector_nl: 'Beheer van ICT-diensten (business-to-business)',
    subsector: null, subsector_nl: null,
    entity_type: 'Managed security service providers (MSSP)',
    legal_definition_ref: 'NIS2 Art. 6(40)',
    in_cer_annex: false, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [
      'Size-cap applies.',
      'Thresholds: Impl. Reg. 2024/2690 Art. 10.',
    ],
  },
  // Annex I point 10: Public administration
  {
    id: 'I.10.1', annex: 'I', size_rule: 'size_independent',
    sector: 'Public administration', sector_nl: 'Overheid',
    subsector: 'Central government', subsector_nl: 'Centrale overheden',
    entity_type: 'Public administration entities of central government, as defined by the Member State under national law',
    legal_definition_ref: 'NIS2 Art. 6(35); Art. 2(2)(f)(i)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of the Interior and Kingdom Relations (BZK); for water boards: Minister of IenW (Cbw art. 15(1))',
    notes: [
      'Regardless of size: in scope (Art. 2(2)(f)(i)) and essential (Art. 3(1)(d)).',
      'Excluded: PAEs active in national security, public security, defence or law enforcement; judiciary, parliaments and central banks (Art. 2(7) and Art. 6(35)) [paragraph numbering from memory].',
      'Jurisdiction: Member State that established them (Art. 26(1)(c)).',
    ],
  },
  {
    id: 'I.10.2', annex: 'I', size_rule: 'risk_based_assessment',
    sector: 'Public administration', sector_nl: 'Overheid',
    subsector: 'Regional government', subsector_nl: 'Decentrale overheden',
    entity_type: 'Public administration entities at regional level, as defined by the Member State under national law',
    legal_definition_ref: 'NIS2 Art. 2(2)(f)(ii)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of the Interior and Kingdom Relations (BZK); for water boards: Minister of IenW (Cbw art. 15(1))',
    notes: [
      "In scope only if, following a risk-based assessment, their services' disruption could significantly affect critical societal or economic activities (Art. 2(2)(f)(ii)).",
      'Classification: important (Art. 3(2)) unless identified as essential under Art. 2(2)(b)-(e) (Art. 3(1)(e)).',
      'Local PAEs: only if the Member State opts in (Art. 2(5)(a)).',
    ],
  },
  // Annex I point 11: Space
  {
    id: 'I.11.1', annex: 'I', size_rule: 'size_cap',
    sector: 'Space', sector_nl: 'Ruimtevaart',
    subsector: null, subsector_nl: null,
    entity_type: 'Operators of ground-based infrastructure, owned, managed and operated by Member States or private parties, that support the provision of space-based services (excluding providers of public electronic communications networks)',
    legal_definition_ref: 'NIS2 Annex I point 11',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [],
  },
  // Annex II point 1: Postal and courier services
  {
    id: 'II.1.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Postal and courier services', sector_nl: 'Post- en koeriersdiensten',
    subsector: null, subsector_nl: null,
    entity_type: 'Postal service providers, incl. providers of courier services',
    legal_definition_ref: 'Dir. 97/67/EC Art. 2(1a)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [],
  },
  // Annex II point 2: Waste management
  {
    id: 'II.2.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Waste management', sector_nl: 'Afvalstoffenbeheer',
    subsector: null, subsector_nl: null,
    entity_type: 'Undertakings carrying out waste management',
    legal_definition_ref: 'Dir. 2008/98/EC Art. 3(9)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of IenW (Cbw art. 15(1))',
    notes: [
      'Excluded: undertakings for which waste management is not their principal economic activity',
    ],
  },
  // Annex II point 3: Manufacture, production and distribution of chemicals
  {
    id: 'II.3.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Manufacture, production and distribution of chemicals', sector_nl: 'Vervaardiging, productie en distributie van chemische stoffen',
    subsector: null, subsector_nl: null,
    entity_type: 'Undertakings manufacturing substances or distributing substances or mixtures, and undertakings producing articles from substances or mixtures',
    legal_definition_ref: 'Reg. (EC) No 1907/2006 (REACH) Art. 3(9),(14) and 3(3)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of IenW (Cbw art. 15(1))',
    notes: [],
  },
  // Annex II point 4: Production, processing and distribution of food
  {
    id: 'II.4.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Production, processing and distribution of food', sector_nl: 'Productie, verwerking en distributie van levensmiddelen',
    subsector: null, subsector_nl: null,
    entity_type: 'Food businesses engaged in wholesale distribution and industrial production and processing',
    legal_definition_ref: 'Reg. (EC) No 178/2002 Art. 3(2)',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of Agriculture, Fisheries, Food Security and Nature (LVVN) (Cbw art. 15(1))',
    notes: [
      'Retail food businesses are not covered (only wholesale distribution and industrial production/processing).',
      'CER Annex point 11 covers a narrower category (exclusively logistics/wholesale and large-scale industrial production/processing).',
    ],
  },
  // Annex II point 5: Manufacturing
  {
    id: 'II.5.a.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Manufacturing', sector_nl: 'Vervaardiging',
    subsector: 'Manufacture of medical devices and in vitro diagnostic medical devices', subsector_nl: 'Vervaardiging van medische hulpmiddelen en medische hulpmiddelen voor in-vitrodiagnostiek',
    entity_type: 'Entities manufacturing medical devices or in vitro diagnostic medical devices',
    legal_definition_ref: 'Reg. (EU) 2017/745 Art. 2(1); Reg. (EU) 2017/746 Art. 2(2)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of VWS (Cbw art. 15(1))',
    notes: [
      'Excluded here: manufacturers of public-health-emergency critical devices, which fall under Annex I point 5 (fifth indent) instead.',
    ],
  },
  {
    id: 'II.5.b.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Manufacturing', sector_nl: 'Vervaardiging',
    subsector: 'Manufacture of computer, electronic and optical products', subsector_nl: 'Vervaardiging van informaticaproducten en van elektronische en optische producten',
    entity_type: 'Undertakings carrying out any economic activity in NACE Rev. 2 section C division 26',
    legal_definition_ref: 'NACE Rev. 2 C26',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'II.5.c.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Manufacturing', sector_nl: 'Vervaardiging',
    subsector: 'Manufacture of electrical equipment', subsector_nl: 'Vervaardiging van elektrische apparatuur',
    entity_type: 'Undertakings carrying out any economic activity in NACE Rev. 2 section C division 27',
    legal_definition_ref: 'NACE Rev. 2 C27',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'II.5.d.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Manufacturing', sector_nl: 'Vervaardiging',
    subsector: 'Manufacture of machinery and equipment n.e.c.', subsector_nl: 'Vervaardiging van machines, apparaten en werktuigen, niet elders geclassificeerd',
    entity_type: 'Undertakings carrying out any economic activity in NACE Rev. 2 section C division 28',
    legal_definition_ref: 'NACE Rev. 2 C28',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'II.5.e.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Manufacturing', sector_nl: 'Vervaardiging',
    subsector: 'Manufacture of motor vehicles, trailers and semi-trailers', subsector_nl: 'Vervaardiging van motorvoertuigen, aanhangers en opleggers',
    entity_type: 'Undertakings carrying out any economic activity in NACE Rev. 2 section C division 29',
    legal_definition_ref: 'NACE Rev. 2 C29',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [],
  },
  {
    id: 'II.5.f.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Manufacturing', sector_nl: 'Vervaardiging',
    subsector: 'Manufacture of other transport equipment', subsector_nl: 'Vervaardiging van andere transportmiddelen',
    entity_type: 'Undertakings carrying out any economic activity in NACE Rev. 2 section C division 30',
    legal_definition_ref: 'NACE Rev. 2 C30',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [],
  },
  // Annex II point 6: Digital providers
  {
    id: 'II.6.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Digital providers', sector_nl: 'Digitale aanbieders',
    subsector: null, subsector_nl: null,
    entity_type: 'Providers of online marketplaces',
    legal_definition_ref: 'NIS2 Art. 6(28)',
    in_cer_annex: false, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [
      'Thresholds: Impl. Reg. 2024/2690 Art. 11.',
      'Jurisdiction: main establishment (Art. 26(1)(b)).',
    ],
  },
  {
    id: 'II.6.2', annex: 'II', size_rule: 'size_cap',
    sector: 'Digital providers', sector_nl: 'Digitale aanbieders',
    subsector: null, subsector_nl: null,
    entity_type: 'Providers of online search engines',
    legal_definition_ref: 'NIS2 Art. 6(29)',
    in_cer_annex: false, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [
      'Thresholds: Impl. Reg. 2024/2690 Art. 12.',
    ],
  },
  {
    id: 'II.6.3', annex: 'II', size_rule: 'size_cap',
    sector: 'Digital providers', sector_nl: 'Digitale aanbieders',
    subsector: null, subsector_nl: null,
    entity_type: 'Providers of social networking services platforms',
    legal_definition_ref: 'NIS2 Art. 6(33)',
    in_cer_annex: false, enisa_registry_art27: true, implementing_reg_2024_2690: true,
    nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
    notes: [
      'Thresholds: Impl. Reg. 2024/2690 Art. 13.',
    ],
  },
  // Annex II point 7: Research
  {
    id: 'II.7.1', annex: 'II', size_rule: 'size_cap',
    sector: 'Research', sector_nl: 'Onderzoek',
    subsector: null, subsector_nl: null,
    entity_type: 'Research organisations (primary goal: applied research or experimental development for commercial exploitation; education institutions excluded)',
    legal_definition_ref: 'NIS2 Art. 6(41)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: 'Minister responsible for the sector in which the research is carried out (Cbw art. 15(4)) (Cbw art. 15(1))',
    notes: [
      'Universities/education institutions are NOT research organisations under the definition; Member States may include education institutions (Art. 2(5)(b)).',
    ],
  },
  // Outside the annex lists: Digital infrastructure (outside annex list)
  {
    id: 'X.DRS', annex: null, size_rule: 'size_independent',
    sector: 'Digital infrastructure (outside annex list)', sector_nl: 'Digitale infrastructuur',
    subsector: null, subsector_nl: null,
    entity_type: 'Entities providing domain name registration services (registrars, and agents acting for registrars such as privacy/proxy services or resellers)',
    legal_definition_ref: 'NIS2 Art. 6(22)',
    in_cer_annex: false, enisa_registry_art27: true, implementing_reg_2024_2690: false,
    nl_competent_authority: null,
    notes: [
      "In scope regardless of size for the domain-name-registration-data regime (Art. 2(4), Art. 28) [Art. 2(4) wording 'for the purpose of Article 28' from memory].",
      'Not essential/important: Arts. 20, 21, 23 do not apply as such; but listing (Art. 3(3)), ENISA registry (Art. 27) and Art. 28 duties apply.',
      'NL: Cbw art. 4(4) (jurisdiction), 43-44 (national register), 47(2) (ENISA register), 49-50 (database/72 h access requests); fines up to EUR 1,000,000 (Cbw art. 91).',
    ],
  },
  // Outside the annex lists: Any CER Annex sector
  {
    id: 'X.CER', annex: null, size_rule: 'size_independent',
    sector: 'Any CER Annex sector', sector_nl: 'Elke CER-sector',
    subsector: null, subsector_nl: null,
    entity_type: 'Entities identified as critical entities under Directive (EU) 2022/2557 (CER)',
    legal_definition_ref: 'NIS2 Art. 2(3); CER Art. 6',
    in_cer_annex: true, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: null,
    notes: [
      'Regardless of size: in scope (Art. 2(3)) and essential (Art. 3(1)(f)).',
      'Also covers CER-only categories not in NIS2 Annexes (e.g. public transport operators, CER Annex point 2(e)) [interpretation of Art. 2(3)].',
    ],
  },
  // Outside the annex lists: Education (Member State option)
  {
    id: 'X.EDU', annex: null, size_rule: 'member_state_option',
    sector: 'Education (Member State option)', sector_nl: 'Onderwijs',
    subsector: null, subsector_nl: null,
    entity_type: 'Education institutions, in particular those carrying out critical research',
    legal_definition_ref: 'NIS2 Art. 2(5)(b)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: null,
    notes: [
      'Out of scope under the Directive unless the Member State applies Art. 2(5)(b).',
    ],
  },
  // Outside the annex lists: Public administration — local level (Member State option)
  {
    id: 'X.LOCAL', annex: null, size_rule: 'member_state_option',
    sector: 'Public administration — local level (Member State option)', sector_nl: 'Overheid — decentraal',
    subsector: null, subsector_nl: null,
    entity_type: 'Public administration entities at local level',
    legal_definition_ref: 'NIS2 Art. 2(5)(a)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: null,
    notes: [
      'Out of scope under the Directive unless the Member State applies Art. 2(5)(a).',
    ],
  },
  // Weerbaar addition (not in the source file): the answer "my organisation is none of the above".
  // NIS2 Art. 2(1) only covers types of entity referred to in Annex I or II.
  {
    id: 'X.OTHER', annex: null, size_rule: 'not_listed',
    sector: 'Other (not in Annex I or II)', sector_nl: 'Overig (niet in bijlage 1 of 2)',
    subsector: null, subsector_nl: null,
    entity_type: 'Entity of a type not referred to in Annex I or II',
    legal_definition_ref: 'NIS2 Art. 2(1)',
    in_cer_annex: false, enisa_registry_art27: false, implementing_reg_2024_2690: false,
    nl_competent_authority: null,
    notes: ['Only in scope through a size-independent hook (e.g. identification as critical entity under CER, NIS2 Art. 2(3)).'],
  },
];

const BY_ID = new Map(ENTITY_TYPES.map((e) => [e.id, e]));

export const ENTITY_TYPE_IDS = ENTITY_TYPES.map((e) => e.id) as [string, ...string[]];

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

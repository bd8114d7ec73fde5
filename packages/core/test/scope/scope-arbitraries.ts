// Generated, schema-valid scope inputs (fast-check), shared by the property tests of the scope rules and of
// the citations they produce.
import fc from 'fast-check';
import { ENTITY_TYPES, SECTOR_NAMES, ScopeInputSchema, type ScopeInput } from '../../src/scope/index.ts';

export const M = 1_000_000;
// Rare "yes" answers, so that generated organisations also reach the size-dependent branches.
const rarely = fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 });
const rarelyOneOf = <T>(values: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.constantFrom(...values), weight: 2 });

export const employeesArb = fc.oneof(fc.constantFrom(0, 9, 10, 49, 50, 249, 250), fc.nat({ max: 100_000 }));
export const moneyArb = fc.oneof(
  fc.constantFrom(0, 2 * M, 2 * M + 1, 10 * M, 10 * M + 1, 43 * M, 43 * M + 1, 50 * M, 50 * M + 1),
  fc.nat({ max: 2_000_000_000 }),
  fc.double({ min: 0, max: 1e10, noNaN: true, noDefaultInfinity: true }),
);

const flagsArb = fc.record({
  public_administration: rarelyOneOf(['central', 'regional', 'local'] as const),
  regional_risk_assessment_positive: rarely,
  sole_provider_in_member_state: rarely,
  member_state_identified_2_2_b_to_e: rarelyOneOf(['essential', 'important'] as const),
  qualified_trust_service_provider: rarely,
  trust_service_provider: rarely,
  dns_service_provider: rarely,
  tld_name_registry: rarely,
  public_electronic_communications_network: rarely,
  publicly_available_ecs: rarely,
  designated_critical_entity_cer: rarely,
  domain_name_registration_service: rarely,
  oes_before_2023_retained: rarely,
  national_security_pae: rarely,
  root_name_server_operator: rarely,
  higher_education_institution: rarely,
  nl_ocw_designation: rarelyOneOf(['essential', 'important'] as const),
  dora_financial_entity: rarely,
  group_aggregated: rarely,
  public_body_control_25pct: rarely,
  dora_exempted_2_4: rarely,
  national_security_exempted: rarely,
});

/** Any input the schema accepts: catalogue-consistent sector/subsector/annex, any figures and flags. */
export const inputArb: fc.Arbitrary<ScopeInput> = fc
  .record({
    entity: fc.constantFrom(...ENTITY_TYPES),
    cerSector: fc.constantFrom(...SECTOR_NAMES),
    giveSubsector: fc.boolean(),
    employees: employeesArb,
    annual_turnover_eur: moneyArb,
    balance_sheet_total_eur: moneyArb,
    flags: flagsArb,
  })
  .map(({ entity, cerSector, giveSubsector, flags, ...figures }) =>
    ScopeInputSchema.parse({
      sector: entity.id === 'X.CER' ? cerSector : entity.sector,
      subsector: giveSubsector ? entity.subsector : null,
      entity_type_ref: entity.id,
      annex: entity.annex,
      ...figures,
      // NIS2 Art. 2(2): only Annex I/II types can be identified; the schema rejects the rest.
      flags: entity.annex === null ? { ...flags, member_state_identified_2_2_b_to_e: null } : flags,
    }),
  );

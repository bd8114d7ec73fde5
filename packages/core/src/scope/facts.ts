// The facts the classification rules decide on, and the entity attributes derived from them.
// Rules read facts only through a FactReader, so the same rules serve both a complete assessment
// (classify.ts) and one with unknown answers (classify-with-unknowns.ts), which forks on every unknown
// fact a rule actually reads.
import type { EntityTypeEntry } from './sector-catalogue.ts';
import type { LocationAnswers, PublicAdministrationLevel } from './scope-input.schema.ts';
import type { SizeClass } from './size-class.ts';

export interface FactValues {
  size_class: SizeClass;
  public_administration: PublicAdministrationLevel | null;
  regional_risk_assessment_positive: boolean;
  member_state_identified_2_2_b_to_e: 'essential' | 'important' | null;
  qualified_trust_service_provider: boolean;
  trust_service_provider: boolean;
  dns_service_provider: boolean;
  tld_name_registry: boolean;
  public_electronic_communications_network: boolean;
  publicly_available_ecs: boolean;
  designated_critical_entity_cer: boolean;
  domain_name_registration_service: boolean;
  oes_before_2023_retained: boolean;
  national_security_pae: boolean;
  root_name_server_operator: boolean;
  higher_education_institution: boolean;
  nl_ocw_designation: 'essential' | 'important' | null;
  dora_exempted_2_4: boolean;
  national_security_exempted: boolean;
}
export type FactKey = keyof FactValues;
export type FactReader = <K extends FactKey>(key: K) => FactValues[K];

/** The boolean facts and the values of the others: what an unknown fact may turn out to be. */
export const FACT_DOMAINS: { [K in Exclude<FactKey, 'size_class'>]: readonly FactValues[K][] } = {
  public_administration: [null, 'central', 'regional', 'local'],
  regional_risk_assessment_positive: [false, true],
  member_state_identified_2_2_b_to_e: [null, 'essential', 'important'],
  qualified_trust_service_provider: [false, true],
  trust_service_provider: [false, true],
  dns_service_provider: [false, true],
  tld_name_registry: [false, true],
  public_electronic_communications_network: [false, true],
  publicly_available_ecs: [false, true],
  designated_critical_entity_cer: [false, true],
  domain_name_registration_service: [false, true],
  oes_before_2023_retained: [false, true],
  national_security_pae: [false, true],
  root_name_server_operator: [false, true],
  higher_education_institution: [false, true],
  nl_ocw_designation: [null, 'essential', 'important'],
  dora_exempted_2_4: [false, true],
  national_security_exempted: [false, true],
};

export interface RuleContext {
  entity: EntityTypeEntry;
  read: FactReader;
  /** Where the entity is established and serves (NIS2 Art. 26); never 'unknown', so not a fact. */
  location?: LocationAnswers;
}

// Each attribute holds when the chosen entity type says so OR the flag says so: an organisation can carry
// out several activities (a DSO that is also a TLD registry), but picking the type is already an answer.
// The entity type is checked first so that no unknown flag is read when the type decides.

/** NIS2 Art. 2(3); CER Art. 6; Wwke art. 6(1). */
export function isCriticalEntity({ entity, read }: RuleContext): boolean {
  return entity.id === 'X.CER' || read('designated_critical_entity_cer');
}

/** Qualified status under eIDAS (Reg. (EU) No 910/2014 Art. 3(20)). */
export function isQualifiedTrustServiceProvider({ read }: RuleContext): boolean {
  return read('qualified_trust_service_provider');
}

/** Reg. (EU) No 910/2014 Art. 3(19); a qualified TSP is a TSP too. */
export function isTrustServiceProvider(ctx: RuleContext): boolean {
  return (
    ctx.entity.id === 'I.8.7' || ctx.read('trust_service_provider') || ctx.read('qualified_trust_service_provider')
  );
}

/** NIS2 Art. 6(21). */
export function isTldNameRegistry({ entity, read }: RuleContext): boolean {
  return entity.id === 'I.8.3' || read('tld_name_registry');
}

/** NIS2 Art. 6(20). */
export function isDnsServiceProvider({ entity, read }: RuleContext): boolean {
  return entity.id === 'I.8.2' || read('dns_service_provider');
}

/** Dir. (EU) 2018/1972 Art. 2(8). */
export function isPublicEcnProvider({ entity, read }: RuleContext): boolean {
  return entity.id === 'I.8.8' || read('public_electronic_communications_network');
}

/** Dir. (EU) 2018/1972 Art. 2(4). */
export function isPublicEcsProvider({ entity, read }: RuleContext): boolean {
  return entity.id === 'I.8.9' || read('publicly_available_ecs');
}

/** NIS2 Art. 6(22): registrars and agents acting for them (resellers, privacy/proxy services). */
export function isDomainNameRegistrationService({ entity, read }: RuleContext): boolean {
  return entity.id === 'X.DRS' || read('domain_name_registration_service');
}

/** Education institutions (NIS2 Art. 2(5)(b)); NL: higher-education institutions (WHW art. 1.1(g)). */
export function isEducationInstitution({ entity, read }: RuleContext): boolean {
  return entity.id === 'X.EDU' || read('higher_education_institution');
}

const PAE_LEVEL_BY_ENTITY_TYPE: Record<string, PublicAdministrationLevel> = {
  'I.10.1': 'central',
  'I.10.2': 'regional',
  'X.LOCAL': 'local',
};

/**
 * The public administration level: the flag when answered, else what the entity type says.
 * NIS2 Art. 6(35); Cbw art. 1 "overheidsinstantie".
 */
export function publicAdministrationLevel({ entity, read }: RuleContext): PublicAdministrationLevel | null {
  return read('public_administration') ?? PAE_LEVEL_BY_ENTITY_TYPE[entity.id] ?? null;
}

/** Public administrations have no meaningful turnover or balance sheet: their size is not tested. */
export function isPublicAdministration(ctx: RuleContext): boolean {
  return publicAdministrationLevel(ctx) !== null;
}

/**
 * NIS2 Art. 26(1)(b) (the same list as Art. 27(1)): DNS, TLD, domain name registration services, cloud, data
 * centre, CDN, MSP, MSSP, online marketplaces, search engines and social networks fall under the Member State of
 * their main establishment in the Union. The catalogue marks these types with `enisa_registry_art27`.
 */
export function isMainEstablishmentType(ctx: RuleContext): boolean {
  return (
    ctx.entity.enisa_registry_art27 ||
    isDnsServiceProvider(ctx) ||
    isTldNameRegistry(ctx) ||
    isDomainNameRegistrationService(ctx)
  );
}

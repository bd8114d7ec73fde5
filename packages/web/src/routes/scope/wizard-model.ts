// The scope wizard's questions, which of them to ask, and how the answers become the API's input.
//
// Two kinds of branching:
// - by meaning: a question only exists for some organisations (the government level only for government,
//   the root-name-server question only for DNS providers, the OCW designation only for higher education);
// - by effect: some questions are asked only when their answer can still change the classification. The
//   rules engine decides that exactly (classifyWithUnknowns → depends_on, docs/scope-rules.md "Unknown
//   answers"): the question and every later one are treated as unknown, the earlier answers as given.
import {
  ScopeInputWithUnknownsSchema,
  classifyWithUnknowns,
  findEntityType,
  SECTORS,
  ENTITY_TYPES,
  type EntityTypeEntry,
} from '@weerbaar/core/scope';

export type YesNo = 'yes' | 'no';
export type YesNoUnknown = YesNo | 'unknown';
export type Designation = 'none' | 'essential' | 'important' | 'unknown';
export type GovernmentLevel = 'central' | 'regional' | 'local';
export const ACTIVITIES = ['tsp', 'dns', 'tld', 'ecn', 'ecs', 'drs'] as const;
export type Activity = (typeof ACTIVITIES)[number];
/** A figure as answered: a whole number / amount, or "weet ik niet". */
export type Figure = number | 'unknown';
export type Relation = 'linked' | 'partner';
/** One partner or linked enterprise (Rec. 2003/361/EC Annex Arts. 3, 6). */
export interface GroupEnterprise {
  relation: Relation;
  /** The larger of the share in capital and in voting rights, in percent; null for a linked enterprise. */
  sharePct: number | null;
  employees: number;
  turnover: number;
  balance: number;
}
export interface PeriodFigures {
  employees: number;
  turnover: number;
  balance: number;
}
/** 'none' for the representative question: no representative in the Union. */
export const NO_REPRESENTATIVE = 'none';

/** The sector choice: a catalogue sector, all government together, or "not listed" (named where labelled). */
import { GOVERNMENT, OTHER } from '../../format/sector-label.ts';
export { GOVERNMENT, OTHER };

export interface WizardAnswers {
  sector?: string;
  entityType?: string;
  governmentLevel?: GovernmentLevel;
  nationalSecurity?: YesNo;
  nationalSecurityTsp?: YesNo;
  regionalAssessment?: YesNoUnknown;
  activities?: Activity[];
  qualifiedTsp?: YesNoUnknown;
  rootNameServers?: YesNo;
  employees?: Figure;
  turnover?: Figure;
  balance?: Figure;
  groupAggregated?: boolean;
  /** [] = no partner or linked enterprises. */
  group?: GroupEnterprise[] | 'unknown';
  previousPeriod?: PeriodFigures | 'unknown';
  /** Member States with an establishment; [] = none in the Union. */
  establishedIn?: string[];
  mainEstablishment?: string;
  representative?: string;
  cer?: YesNoUnknown;
  designation?: Designation;
  oes?: YesNoUnknown;
  ocw?: Designation;
  dora?: YesNo;
  doraExempted?: YesNo;
  nationalSecurityExempted?: YesNo;
}

export type StepId =
  | 'sector'
  | 'entityType'
  | 'governmentLevel'
  | 'nationalSecurity'
  | 'nationalSecurityTsp'
  | 'regionalAssessment'
  | 'activities'
  | 'qualifiedTsp'
  | 'rootNameServers'
  | 'size'
  | 'group'
  | 'previousPeriod'
  | 'establishments'
  | 'mainEstablishment'
  | 'representative'
  | 'cer'
  | 'designation'
  | 'oes'
  | 'ocw'
  | 'doraExempted'
  | 'dora'
  | 'nationalSecurityExempted';

// Sectors whose single entity type is the sector itself, so the type question is not asked.
const SECTOR_IS_TYPE: Record<string, string> = {
  'Digital infrastructure (outside annex list)': 'X.DRS',
  'Education (Member State option)': 'X.EDU',
};
const GOVERNMENT_SECTORS = new Set([
  'Public administration',
  'Public administration — local level (Member State option)',
]);
// X.CER is reached through the critical-entity question (any sector can be designated); X.OTHER is "other".
const NOT_OFFERED_SECTORS = new Set(['Any CER Annex sector', 'Other (not in Annex I or II)']);
const TYPE_OF_LEVEL: Record<GovernmentLevel, string> = { central: 'I.10.1', regional: 'I.10.2', local: 'X.LOCAL' };
// DORA (Reg. (EU) 2022/2554) covers the financial sector: asked only there (NIS2 Art. 4; Cbw arts. 22, 31).
const DORA_SECTORS = new Set(['Banking', 'Financial market infrastructures']);

/** The sector choices in catalogue order, government merged into one, "other" last. */
export const SECTOR_CHOICES: readonly string[] = [
  ...SECTORS.map((s) => s.sector).filter((s) => !NOT_OFFERED_SECTORS.has(s) && !GOVERNMENT_SECTORS.has(s)),
  GOVERNMENT,
  OTHER,
];

export function entityTypesOfSector(sector: string): EntityTypeEntry[] {
  return ENTITY_TYPES.filter((e) => e.sector === sector);
}

/** The entity type the answers point at, once it is known. */
export function entityTypeOf(a: WizardAnswers): EntityTypeEntry | undefined {
  if (!a.sector) return undefined;
  if (a.sector === OTHER) return findEntityType('X.OTHER');
  if (a.sector === GOVERNMENT) return a.governmentLevel ? findEntityType(TYPE_OF_LEVEL[a.governmentLevel]) : undefined;
  const fixed = SECTOR_IS_TYPE[a.sector];
  if (fixed) return findEntityType(fixed);
  return a.entityType ? findEntityType(a.entityType) : undefined;
}

const has = (a: WizardAnswers, activity: Activity) => a.activities?.includes(activity) ?? false;
const isTsp = (a: WizardAnswers, type: EntityTypeEntry) =>
  type.id === 'I.8.7' || has(a, 'tsp') || a.nationalSecurityTsp === 'yes';
const isDns = (a: WizardAnswers, type: EntityTypeEntry) => type.id === 'I.8.2' || has(a, 'dns');
// NIS2 Art. 26(1)(b): these types fall under the Member State of their main establishment (the catalogue marks
// them as the Art. 27(1) list, which is the same).
const isMainEstablishmentType = (a: WizardAnswers, type: EntityTypeEntry) =>
  type.enisa_registry_art27 || has(a, 'dns') || has(a, 'tld') || has(a, 'drs');

interface StepDef {
  id: StepId;
  /** Whether the question exists for this organisation at all (by meaning). */
  applies: (a: WizardAnswers, type: EntityTypeEntry | undefined) => boolean;
  /** Input paths of the answer; set for questions asked only when they can change the classification. */
  decides?: readonly string[];
  /** Asked only when this earlier question was asked (the group and previous period need the size). */
  after?: StepId;
  /** Later questions left out (not answered) rather than counted as unknown when deciding whether to ask. */
  notUnknown?: readonly StepId[];
  /**
   * Asked only while the organisation can still be in scope (essential or important) under the Cbw or NIS2,
   * given the earlier answers: the answer changes which duties apply or which law, not whether NIS2 applies.
   */
  onlyIfInScope?: boolean;
}

const known = (f: (a: WizardAnswers, type: EntityTypeEntry) => boolean) => (a: WizardAnswers, type?: EntityTypeEntry) =>
  type !== undefined && f(a, type);

export const STEPS: readonly StepDef[] = [
  { id: 'sector', applies: () => true },
  {
    id: 'entityType',
    applies: (a) => !!a.sector && a.sector !== GOVERNMENT && a.sector !== OTHER && !SECTOR_IS_TYPE[a.sector],
  },
  { id: 'governmentLevel', applies: (a) => a.sector === GOVERNMENT },
  {
    id: 'nationalSecurity',
    applies: known((a) => a.sector === GOVERNMENT),
    decides: ['flags.national_security_pae'],
  },
  {
    id: 'nationalSecurityTsp',
    applies: known((a) => a.sector === GOVERNMENT && a.nationalSecurity === 'yes'),
    decides: ['flags.trust_service_provider'],
  },
  {
    id: 'regionalAssessment',
    applies: known((a) => a.sector === GOVERNMENT && a.governmentLevel === 'regional'),
    decides: ['flags.regional_risk_assessment_positive'],
  },
  // Always asked outside government: besides the class, these activities bring their own duties.
  { id: 'activities', applies: known((a) => a.sector !== GOVERNMENT) },
  { id: 'qualifiedTsp', applies: known(isTsp), decides: ['flags.qualified_trust_service_provider'] },
  { id: 'rootNameServers', applies: known(isDns), decides: ['flags.root_name_server_operator'] },
  // Reference §1.2: public administrations are never size-tested.
  {
    id: 'size',
    applies: known((a) => a.sector !== GOVERNMENT),
    decides: ['employees', 'annual_turnover_eur', 'balance_sheet_total_eur'],
  },
  // Rec. 2003/361/EC Annex Art. 6(2): the group counts. Not when the figures already include it; only when
  // the group can still change the classification (never when the own figures are already large).
  {
    id: 'group',
    applies: known((a) => a.sector !== GOVERNMENT && !a.groupAggregated),
    decides: ['linked_enterprises'],
    after: 'size',
    // The previous period's figures are the group's already; whether the group counts is asked as if there were none.
    notUnknown: ['previousPeriod'],
  },
  // Annex Art. 4(2): the preceding accounting period, only when it can change the classification.
  { id: 'previousPeriod', applies: known((a) => a.sector !== GOVERNMENT), decides: ['previous_period'], after: 'size' },
  // Always asked: a critical entity has duties under the Wwke whatever its class under the Cbw.
  { id: 'cer', applies: known(() => true) },
  // NIS2 Art. 2(2): only entities of a type in Annex I or II can be identified under points (b)-(e).
  {
    id: 'designation',
    applies: known((_a, type) => type.annex !== null),
    decides: ['flags.member_state_identified_2_2_b_to_e'],
  },
  { id: 'oes', applies: known((_a, type) => type.annex !== null), decides: ['flags.oes_before_2023_retained'] },
  // NIS2 Art. 26(1)(b) types fall under their main establishment's Member State; other organisations are taken
  // to be under Dutch jurisdiction (this check is for organisations in the Netherlands).
  {
    id: 'establishments',
    applies: known((a, type) => a.sector !== GOVERNMENT && isMainEstablishmentType(a, type)),
    onlyIfInScope: true,
  },
  {
    id: 'mainEstablishment',
    applies: known((a, type) => isMainEstablishmentType(a, type) && (a.establishedIn?.length ?? 0) > 1),
    after: 'establishments',
  },
  {
    id: 'representative',
    applies: known((a, type) => isMainEstablishmentType(a, type) && a.establishedIn?.length === 0),
    after: 'establishments',
  },
  { id: 'ocw', applies: known((_a, type) => type.id === 'X.EDU'), decides: ['flags.nl_ocw_designation'] },
  // NIS2 Art. 2(10); Cbw art. 7: DORA Art. 2(4) lets a Member State exempt some credit institutions.
  {
    id: 'doraExempted',
    applies: known((_a, type) => type.sector === 'Banking'),
    decides: ['flags.dora_exempted_2_4'],
  },
  {
    id: 'dora',
    applies: known((a, type) => DORA_SECTORS.has(type.sector) && a.doraExempted !== 'yes'),
    onlyIfInScope: true,
  },
  // NIS2 Art. 2(8): a Member State exemption for national security, public security, defence or law
  // enforcement. Government answers Art. 2(7) with the national-security question instead.
  {
    id: 'nationalSecurityExempted',
    applies: known((a) => a.sector !== GOVERNMENT),
    onlyIfInScope: true,
  },
];

const yesNo = (v: YesNoUnknown | undefined) => (v === 'unknown' ? 'unknown' : v === 'yes');
const designated = (v: Designation | undefined) => (v === 'unknown' ? 'unknown' : v === 'none' || !v ? null : v);

/**
 * The API input for the answers. Questions in `asked` contribute their answer; `unknown` questions are
 * sent as 'unknown'; every other flag keeps its default (false / none), because it was not asked: it does
 * not apply or cannot change the outcome. Figures that were not asked are 'unknown' (they have no default).
 */
export function toScopeInput(
  a: WizardAnswers,
  asked: ReadonlySet<StepId>,
  unknown: ReadonlySet<StepId> = new Set(),
): Record<string, unknown> | undefined {
  const type = entityTypeOf(a);
  if (!type) return undefined;
  const flags: Record<string, unknown> = {};
  const put = (step: StepId, name: string, value: unknown) => {
    if (unknown.has(step)) flags[name] = 'unknown';
    else if (asked.has(step) && value !== undefined) flags[name] = value;
  };
  if (a.sector === GOVERNMENT) flags.public_administration = a.governmentLevel;
  put('nationalSecurity', 'national_security_pae', a.nationalSecurity === 'yes');
  put('nationalSecurityTsp', 'trust_service_provider', a.nationalSecurityTsp === 'yes');
  put('regionalAssessment', 'regional_risk_assessment_positive', yesNo(a.regionalAssessment));
  if (unknown.has('activities')) {
    for (const name of ACTIVITY_FLAGS) flags[name] = 'unknown';
  } else if (asked.has('activities')) {
    for (const activity of a.activities ?? []) flags[ACTIVITY_FLAG[activity]] = true;
  }
  put('qualifiedTsp', 'qualified_trust_service_provider', yesNo(a.qualifiedTsp));
  put('rootNameServers', 'root_name_server_operator', a.rootNameServers === 'yes');
  put('cer', 'designated_critical_entity_cer', yesNo(a.cer));
  put('designation', 'member_state_identified_2_2_b_to_e', designated(a.designation));
  put('oes', 'oes_before_2023_retained', yesNo(a.oes));
  put('ocw', 'nl_ocw_designation', designated(a.ocw));
  put('doraExempted', 'dora_exempted_2_4', a.doraExempted === 'yes');
  put('dora', 'dora_financial_entity', a.dora === 'yes');
  put('nationalSecurityExempted', 'national_security_exempted', a.nationalSecurityExempted === 'yes');
  if (asked.has('size') && !unknown.has('size') && a.groupAggregated) flags.group_aggregated = true;

  const figure = (value: Figure | undefined): Figure =>
    asked.has('size') && !unknown.has('size') && value !== undefined ? value : 'unknown';
  const given = (step: StepId) => asked.has(step) && !unknown.has(step);
  const input: Record<string, unknown> = {
    sector: type.sector,
    subsector: type.subsector,
    entity_type_ref: type.id,
    employees: figure(a.employees),
    annual_turnover_eur: figure(a.turnover),
    balance_sheet_total_eur: figure(a.balance),
  };
  if (unknown.has('group') || (given('group') && a.group === 'unknown')) input.linked_enterprises = 'unknown';
  else if (given('group') && a.group && a.group !== 'unknown') input.linked_enterprises = a.group.map(toRelated);
  if (unknown.has('previousPeriod') || (given('previousPeriod') && a.previousPeriod === 'unknown'))
    input.previous_period = 'unknown';
  else if (given('previousPeriod') && a.previousPeriod && a.previousPeriod !== 'unknown')
    input.previous_period = toFigures(a.previousPeriod);
  if (given('establishments') && a.establishedIn) input.member_states_established = a.establishedIn;
  if (given('mainEstablishment') && a.mainEstablishment) input.main_establishment_member_state = a.mainEstablishment;
  if (given('representative') && a.representative) {
    // NIS2 Art. 26(3): without a representative, any Member State where the services are provided may act; this
    // check is for organisations that provide services in the Netherlands. The Cbw then applies only its art. 42
    // (designate a representative; Cbw art. 4(3), (6)).
    if (a.representative === NO_REPRESENTATIVE) input.member_states_served = ['NL'];
    else input.eu_representative_member_state = a.representative;
  }
  input.flags = flags;
  return input;
}

const toFigures = (f: PeriodFigures) => ({
  employees: f.employees,
  annual_turnover_eur: f.turnover,
  balance_sheet_total_eur: f.balance,
});
const toRelated = (e: GroupEnterprise) => ({
  relation: e.relation,
  share_pct: e.relation === 'partner' ? e.sharePct : null,
  ...toFigures(e),
});

const ACTIVITY_FLAG: Record<Activity, string> = {
  tsp: 'trust_service_provider',
  dns: 'dns_service_provider',
  tld: 'tld_name_registry',
  ecn: 'public_electronic_communications_network',
  ecs: 'publicly_available_ecs',
  drs: 'domain_name_registration_service',
};
const ACTIVITY_FLAGS = Object.values(ACTIVITY_FLAG);

/** The activities worth offering: those the entity type does not already say. */
export function offeredActivities(type: EntityTypeEntry): Activity[] {
  const implied: Partial<Record<string, Activity>> = {
    'I.8.7': 'tsp',
    'I.8.2': 'dns',
    'I.8.3': 'tld',
    'I.8.8': 'ecn',
    'I.8.9': 'ecs',
    'X.DRS': 'drs',
  };
  return ACTIVITIES.filter((activity) => implied[type.id] !== activity);
}

/** The answers as the API input, with this step, every later one and every open earlier one 'unknown'. */
function withOpenUnknown(a: WizardAnswers, asked: ReadonlySet<StepId>, step: StepDef, later: readonly StepId[]) {
  // Earlier questions still open count as unknown too: their answer may yet make this one matter.
  const open = [...asked].filter((s) => !isAnswered(a, s));
  const input = toScopeInput(a, asked, new Set([...open, step.id, ...later]));
  const parsed = ScopeInputWithUnknownsSchema.safeParse(input);
  return parsed.success ? classifyWithUnknowns(parsed.data) : undefined;
}

/** Can the answer to this step still change the EU or NL classification, given the earlier answers? */
function canChangeOutcome(
  a: WizardAnswers,
  asked: ReadonlySet<StepId>,
  step: StepDef,
  later: readonly StepId[],
): boolean {
  const result = withOpenUnknown(a, asked, step, later);
  if (!result) return true; // ask rather than guess
  return (step.decides ?? []).some((path) => result.depends_on.includes(path));
}

/** Can the organisation still be essential or important under the Cbw or NIS2, given the earlier answers? */
function canBeInScope(a: WizardAnswers, asked: ReadonlySet<StepId>, step: StepDef, later: readonly StepId[]): boolean {
  const result = withOpenUnknown(a, asked, step, later);
  if (!result) return true;
  return [result.eu, result.nl].some((r) => r.possible.some((c) => c !== 'out_of_scope'));
}

/**
 * The questions to ask for these answers, in order. A question that depends on an answer not given yet
 * is not listed yet: the list grows as the user answers.
 */
export function stepsToAsk(a: WizardAnswers): StepId[] {
  const type = entityTypeOf(a);
  const asked = new Set<StepId>();
  const applicable = STEPS.filter((s) => s.applies(a, type));
  applicable.forEach((step, i) => {
    if (step.after && !asked.has(step.after)) return;
    const later = applicable
      .slice(i + 1)
      .map((s) => s.id)
      .filter((id) => !step.notUnknown?.includes(id));
    if (step.decides && !canChangeOutcome(a, asked, step, later)) return;
    if (step.onlyIfInScope && !canBeInScope(a, asked, step, later)) return;
    asked.add(step.id);
  });
  return [...asked];
}

/** Whether every question in the list has an answer (then the review can be shown). */
export function isAnswered(a: WizardAnswers, step: StepId): boolean {
  switch (step) {
    case 'activities':
      return a.activities !== undefined;
    case 'size':
      return a.employees !== undefined && a.turnover !== undefined && a.balance !== undefined;
    case 'group':
      return a.group !== undefined;
    case 'previousPeriod':
      return a.previousPeriod !== undefined;
    case 'establishments':
      return a.establishedIn !== undefined;
    default:
      return a[step] !== undefined;
  }
}

// The answers of a scope self-assessment, in exactly the `input` format of the worked cases
// (scope-examples.json): sector, subsector, entity_type_ref, annex, figures and flags.
import { z } from 'zod';
import { storableText } from '../platform/input.contracts.ts';
import { ENTITY_TYPE_IDS, SECTOR_NAMES, findEntityType } from './sector-catalogue.ts';
import { ENTERPRISE_RELATIONS, PARTNER_THRESHOLD_PCT } from './size-class.ts';
import { rule } from '../platform/validation-codes.ts';

const WHOLE_NUMBER = 'must be a whole number ≥ 0';
const AMOUNT = 'must be an amount in euros ≥ 0 (a number, not text)';
const BOOLEAN = 'must be true or false';

// Headcount in annual work units (Rec. 2003/361/EC Annex Art. 5). Whole numbers only: round fractional AWU
// DOWN — the thresholds are "fewer than 10/50/250", and floor(x) < n exactly when x < n for whole n.
const EmployeesSchema = z
  .number({ error: (iss) => (iss.input === undefined ? `is required; ${WHOLE_NUMBER}` : WHOLE_NUMBER) })
  .int({ error: WHOLE_NUMBER })
  .min(0, { error: WHOLE_NUMBER });

const AmountSchema = z
  .number({ error: (iss) => (iss.input === undefined ? `is required; ${AMOUNT}` : AMOUNT) })
  .min(0, { error: AMOUNT })
  .refine(Number.isFinite, { error: AMOUNT });

const flag = () => z.boolean({ error: BOOLEAN });
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be null or one of ${values.map((v) => `'${v}'`).join(', ')}` }).nullable();

export const PUBLIC_ADMINISTRATION_LEVELS = ['central', 'regional', 'local'] as const;
export type PublicAdministrationLevel = (typeof PUBLIC_ADMINISTRATION_LEVELS)[number];
export const DESIGNATED_CLASSES = ['essential', 'important'] as const;

const unknownFields = (what: string) => (iss: { code: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys' ? `unknown field(s): ${(iss.keys ?? []).join(', ')}` : `must be ${what}`;

/** The schemas of each flag without defaults; the meaning of each is in scope-examples.json meta.flags. */
const FLAG_VALUE_SCHEMAS = {
  public_administration: choice(PUBLIC_ADMINISTRATION_LEVELS),
  regional_risk_assessment_positive: flag(),
  sole_provider_in_member_state: flag(),
  member_state_identified_2_2_b_to_e: choice(DESIGNATED_CLASSES),
  qualified_trust_service_provider: flag(),
  trust_service_provider: flag(),
  dns_service_provider: flag(),
  tld_name_registry: flag(),
  public_electronic_communications_network: flag(),
  publicly_available_ecs: flag(),
  designated_critical_entity_cer: flag(),
  domain_name_registration_service: flag(),
  oes_before_2023_retained: flag(),
  national_security_pae: flag(),
  root_name_server_operator: flag(),
  higher_education_institution: flag(),
  nl_ocw_designation: choice(DESIGNATED_CLASSES),
  dora_financial_entity: flag(),
  group_aggregated: flag(),
  public_body_control_25pct: flag(),
  // NIS2 Art. 2(10); Cbw art. 7: exempted from DORA by a Member State under DORA Art. 2(4).
  dora_exempted_2_4: flag(),
  // NIS2 Art. 2(8): a Member State exempted the entity (national security, public security, defence, law
  // enforcement, or services exclusively to the public administration entities of Art. 2(7)) from Arts. 21, 23.
  national_security_exempted: flag(),
};
type FlagValueSchemas = typeof FLAG_VALUE_SCHEMAS;
export type FlagName = keyof FlagValueSchemas;
export const FLAG_NAMES = Object.keys(FLAG_VALUE_SCHEMAS) as FlagName[];

/** "All flags default to false/null when absent" (scope-examples.json meta.flag_defaults). */
function flagDefault(name: FlagName): false | null {
  return FLAG_VALUE_SCHEMAS[name] instanceof z.ZodBoolean ? false : null;
}

type FlagsShape = { [K in FlagName]: z.ZodDefault<FlagValueSchemas[K]> };
function buildFlagsShape(): FlagsShape {
  const shape: Record<string, z.ZodType> = {};
  for (const name of FLAG_NAMES) shape[name] = (FLAG_VALUE_SCHEMAS[name] as z.ZodType).default(flagDefault(name));
  return shape as FlagsShape;
}

// A union reports only "Invalid input"; pass on the answer's own message instead, so the field stays explained.
const orUnknown = <S extends z.ZodType>(s: S) =>
  z.union([z.literal('unknown'), s], {
    error: (iss) => {
      const inner = iss.code === 'invalid_union' ? iss.errors[1]?.[0]?.message : undefined;
      return inner ? `${inner}, or 'unknown'` : undefined;
    },
  });

type WithUnknown<S> = S extends z.ZodType ? z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<'unknown'>, S]>> : never;
type FlagsWithUnknownsShape = { [K in FlagName]: WithUnknown<FlagValueSchemas[K]> };
function buildFlagsWithUnknownsShape(): FlagsWithUnknownsShape {
  const shape: Record<string, z.ZodType> = {};
  for (const name of FLAG_NAMES)
    shape[name] = orUnknown(FLAG_VALUE_SCHEMAS[name] as z.ZodType).default(flagDefault(name));
  return shape as FlagsWithUnknownsShape;
}

export const ScopeFlagsSchema = z.strictObject(buildFlagsShape(), { error: unknownFields('an object of flags') });
export type ScopeFlags = z.infer<typeof ScopeFlagsSchema>;

// ---------------------------------------------------------------------------------------------------------
// Groups (Rec. 2003/361/EC Annex Arts. 3, 6), the preceding accounting period (Annex Art. 4(2)) and the places
// that decide jurisdiction (NIS2 Art. 26; Cbw art. 4). Top-level fields beside `employees` (issue 17).

const PERCENT = 'must be a percentage from 0 to 100';
const SharePctSchema = z
  .number({ error: (iss) => (iss.input === undefined ? `is required; ${PERCENT} or null` : `${PERCENT} or null`) })
  .min(0, { error: PERCENT })
  .max(100, { error: PERCENT })
  .nullable();

const RelatedEnterpriseSchema = z
  .strictObject(
    {
      relation: z.enum(ENTERPRISE_RELATIONS, { error: "must be 'linked' or 'partner'" }),
      share_pct: SharePctSchema,
      employees: EmployeesSchema,
      annual_turnover_eur: AmountSchema,
      balance_sheet_total_eur: AmountSchema,
    },
    {
      error: unknownFields(
        'an object with relation, share_pct, employees, annual_turnover_eur, balance_sheet_total_eur',
      ),
    },
  )
  .superRefine((e, ctx) => {
    // Annex Art. 6(2): partners are added pro rata, so their share must be known.
    if (e.relation === 'partner' && e.share_pct === null)
      ctx.addIssue({
        code: 'custom',
        path: ['share_pct'],
        ...rule(
          'partner_share_required',
          `is required for a partner enterprise (${PARTNER_THRESHOLD_PCT} % or more of capital or voting rights, the larger of the two)`,
        ),
      });
  });
export type RelatedEnterpriseInput = z.infer<typeof RelatedEnterpriseSchema>;

export const LinkedEnterprisesSchema = z.array(RelatedEnterpriseSchema, {
  error: 'must be a list of partner or linked enterprises',
});

export const PreviousPeriodSchema = z.strictObject(
  { employees: EmployeesSchema, annual_turnover_eur: AmountSchema, balance_sheet_total_eur: AmountSchema },
  { error: unknownFields('an object with employees, annual_turnover_eur and balance_sheet_total_eur') },
);
export type PreviousPeriod = z.infer<typeof PreviousPeriodSchema>;

/** The 27 Member States by ISO 3166-1 alpha-2 code (Greece is GR here, not the EU's own EL). */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;
export type MemberState = (typeof EU_MEMBER_STATES)[number];
const MEMBER_STATE = 'must be the ISO 3166-1 alpha-2 code of an EU Member State, such as NL or DE';
const MemberStateSchema = z.enum(EU_MEMBER_STATES, { error: MEMBER_STATE });
const MemberStatesSchema = z.array(MemberStateSchema, { error: `must be a list of codes; each ${MEMBER_STATE}` });

const locationShape = {
  /** Where the entity has an establishment in the Union; [] = none in the Union. */
  member_states_established: MemberStatesSchema.optional(),
  /** NIS2 Art. 26(2): where cybersecurity risk-management decisions are predominantly taken. */
  main_establishment_member_state: MemberStateSchema.nullable().optional(),
  /** Where the entity provides its services (NIS2 Art. 26(1)(a), 26(3); Art. 3(4)(d)). */
  member_states_served: MemberStatesSchema.optional(),
  /** NIS2 Art. 26(3): the representative in the Union of an entity not established there. */
  eu_representative_member_state: MemberStateSchema.nullable().optional(),
};

export interface LocationAnswers {
  member_states_established?: MemberState[] | undefined;
  main_establishment_member_state?: MemberState | null | undefined;
  member_states_served?: MemberState[] | undefined;
  eu_representative_member_state?: MemberState | null | undefined;
}

function checkLocation(value: LocationAnswers, ctx: z.RefinementCtx): void {
  const established = value.member_states_established;
  const main = value.main_establishment_member_state;
  const rep = value.eu_representative_member_state;
  if (main && established && !established.includes(main))
    ctx.addIssue({
      code: 'custom',
      path: ['main_establishment_member_state'],
      ...rule('member_state_choice', `must be one of member_states_established (${established.join(', ') || 'none'})`),
    });
  // NIS2 Art. 26(3): only an entity "not established in the Union" designates a representative, and it is
  // established in a Member State where the services are offered.
  if (rep && established && established.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['eu_representative_member_state'],
      ...rule(
        'member_state_choice',
        'applies only to an entity not established in the Union (member_states_established is [])',
      ),
    });
  if (rep && value.member_states_served && !value.member_states_served.includes(rep))
    ctx.addIssue({
      code: 'custom',
      path: ['eu_representative_member_state'],
      ...rule(
        'member_state_choice',
        'must be one of member_states_served (NIS2 Art. 26(3): established where the services are offered)',
      ),
    });
}

const baseShape = {
  sector: z.enum(SECTOR_NAMES, {
    error: (iss) =>
      iss.input === undefined
        ? 'is required'
        : `unknown sector ${JSON.stringify(iss.input)} (not in the Annex I/II catalogue)`,
  }),
  subsector: z.string({ error: 'must be null or a subsector name' }).check(storableText).nullable().default(null),
  entity_type_ref: z.enum(ENTITY_TYPE_IDS, {
    error: (iss) =>
      iss.input === undefined
        ? 'is required'
        : `unknown entity type ${JSON.stringify(iss.input)} (expected an id such as 'I.1.a.2')`,
  }),
  /** Free-text label of the entity type; informational, the engine uses entity_type_ref. */
  entity_type: z.string({ error: 'must be text' }).check(storableText).optional(),
  /** Optional because entity_type_ref determines it; when given it must agree. */
  annex: z.enum(['I', 'II'], { error: "must be 'I', 'II' or null" }).nullable().optional(),
};

interface CrossCheckInput {
  sector: string;
  subsector: string | null;
  entity_type_ref: string;
  annex?: 'I' | 'II' | null | undefined;
  flags: { member_state_identified_2_2_b_to_e: string | null };
}

// Answers that contradict the catalogue are rejected rather than guessed at, naming the field.
function checkAgainstCatalogue(value: CrossCheckInput, ctx: z.RefinementCtx): void {
  const entry = findEntityType(value.entity_type_ref);
  if (!entry) return; // already reported by the enum
  // NIS2 Art. 2(3): a critical entity can come from any CER sector, also one outside the NIS2 annexes.
  const anySector = entry.id === 'X.CER';
  if (!anySector && value.sector !== entry.sector) {
    ctx.addIssue({
      code: 'custom',
      path: ['entity_type_ref'],
      ...rule('scope_mismatch', `entity type '${entry.id}' belongs to sector '${entry.sector}', not '${value.sector}'`),
    });
  }
  if (!anySector && value.subsector !== null && value.subsector !== entry.subsector) {
    ctx.addIssue({
      code: 'custom',
      path: ['subsector'],
      ...rule(
        'scope_mismatch',
        entry.subsector === null
          ? `entity type '${entry.id}' has no subsector; use null`
          : `entity type '${entry.id}' belongs to subsector '${entry.subsector}'`,
      ),
    });
  }
  if (value.annex !== undefined && value.annex !== entry.annex) {
    ctx.addIssue({
      code: 'custom',
      path: ['annex'],
      ...rule(
        'scope_mismatch',
        `entity type '${entry.id}' is in ${entry.annex ? `Annex ${entry.annex}` : 'neither annex (use null)'}`,
      ),
    });
  }
  // NIS2 Art. 2(2): identification under points (b)-(e) is only for entities of a type in Annex I or II.
  if (value.flags.member_state_identified_2_2_b_to_e !== null && entry.annex === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['flags', 'member_state_identified_2_2_b_to_e'],
      ...rule(
        'scope_mismatch',
        `only entities of a type in Annex I or II can be identified under NIS2 Art. 2(2)(b)-(e); '${entry.id}' is not`,
      ),
    });
  }
}

export const ScopeInputSchema = z
  .strictObject(
    {
      ...baseShape,
      employees: EmployeesSchema,
      annual_turnover_eur: AmountSchema,
      balance_sheet_total_eur: AmountSchema,
      linked_enterprises: LinkedEnterprisesSchema.optional(),
      previous_period: PreviousPeriodSchema.optional(),
      ...locationShape,
      flags: ScopeFlagsSchema.prefault({}),
    },
    { error: unknownFields('a JSON object') },
  )
  .superRefine((value, ctx) => {
    checkAgainstCatalogue(value, ctx);
    checkLocation(value, ctx);
  });
export type ScopeInput = z.infer<typeof ScopeInputSchema>;
/** What a caller may pass before defaults are applied (flags may be left out). */
export type ScopeInputDraft = z.input<typeof ScopeInputSchema>;

// ---------------------------------------------------------------------------------------------------------
// The same answers where a figure or flag may be 'unknown' (the wizard's "I don't know"). The entity type
// must be known: it is the question everything else hangs on.

export const UNKNOWN = 'unknown' as const;

export const ScopeFlagsWithUnknownsSchema = z.strictObject(buildFlagsWithUnknownsShape(), {
  error: unknownFields('an object of flags'),
});

export const ScopeInputWithUnknownsSchema = z
  .strictObject(
    {
      ...baseShape,
      employees: orUnknown(EmployeesSchema),
      annual_turnover_eur: orUnknown(AmountSchema),
      balance_sheet_total_eur: orUnknown(AmountSchema),
      // 'unknown': "we may belong to a group" / "I don't know last year's figures" (the wizard asks these only
      // when they can change the outcome).
      linked_enterprises: orUnknown(LinkedEnterprisesSchema).optional(),
      previous_period: orUnknown(PreviousPeriodSchema).optional(),
      ...locationShape,
      flags: ScopeFlagsWithUnknownsSchema.prefault({}),
    },
    { error: unknownFields('a JSON object') },
  )
  .superRefine((value, ctx) => {
    checkLocation(value, ctx);
    checkAgainstCatalogue(
      {
        ...value,
        flags: {
          member_state_identified_2_2_b_to_e:
            value.flags.member_state_identified_2_2_b_to_e === UNKNOWN
              ? null
              : value.flags.member_state_identified_2_2_b_to_e,
        },
      },
      ctx,
    );
  });
export type ScopeInputWithUnknowns = z.infer<typeof ScopeInputWithUnknownsSchema>;

/** One line per problem, `field.path: message` — for CLI output and problem+json details. */
export function formatScopeInputIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`);
}

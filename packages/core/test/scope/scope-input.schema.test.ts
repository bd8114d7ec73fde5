// The input schema accepts exactly the scope-examples `input` format and names the wrong field.
import { describe, expect, it } from 'vitest';
import {
  FLAG_NAMES,
  ScopeInputSchema,
  ScopeInputWithUnknownsSchema,
  formatScopeInputIssues,
} from '../../src/scope/index.ts';
import { readScopeExamples } from './scope-test-helpers.ts';

const valid = {
  sector: 'Energy',
  subsector: 'Electricity',
  entity_type_ref: 'I.1.a.2',
  entity_type: 'Distribution system operators (electricity)',
  annex: 'I',
  employees: 300,
  annual_turnover_eur: 80_000_000,
  balance_sheet_total_eur: 60_000_000,
  flags: {},
};

/** The `path: message` lines for an input that must be rejected. */
function problems(
  input: unknown,
  schema: typeof ScopeInputSchema | typeof ScopeInputWithUnknownsSchema = ScopeInputSchema,
): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return formatScopeInputIssues(result.error);
}

describe('ScopeInputSchema', () => {
  it('accepts every example input', () => {
    for (const c of readScopeExamples()) expect(ScopeInputSchema.safeParse(c.input).success, c.id).toBe(true);
  });

  it('defaults every flag to false/null and subsector to null; flags may be left out', () => {
    const { flags: _flags, subsector: _subsector, ...rest } = valid;
    const parsed = ScopeInputSchema.parse(rest);
    expect(parsed.subsector).toBeNull();
    expect(Object.keys(parsed.flags).sort()).toEqual([...FLAG_NAMES].sort());
    expect(parsed.flags.public_administration).toBeNull();
    expect(parsed.flags.member_state_identified_2_2_b_to_e).toBeNull();
    expect(parsed.flags.nl_ocw_designation).toBeNull();
    expect(parsed.flags.trust_service_provider).toBe(false);
    expect(parsed.flags.group_aggregated).toBe(false);
  });

  it('annex may be left out (the entity type determines it)', () => {
    const { annex: _annex, ...rest } = valid;
    expect(ScopeInputSchema.safeParse(rest).success).toBe(true);
  });

  it.each([
    ['negative headcount', { employees: -1 }, 'employees: must be a whole number ≥ 0'],
    ['fractional headcount', { employees: 12.5 }, 'employees: must be a whole number ≥ 0'],
    ['text headcount', { employees: '300' }, 'employees: must be a whole number ≥ 0'],
    ['missing headcount', { employees: undefined }, 'employees: is required; must be a whole number ≥ 0'],
    [
      'text turnover',
      { annual_turnover_eur: 'eighty million' },
      'annual_turnover_eur: must be an amount in euros ≥ 0 (a number, not text)',
    ],
    [
      'negative balance',
      { balance_sheet_total_eur: -5 },
      'balance_sheet_total_eur: must be an amount in euros ≥ 0 (a number, not text)',
    ],
    [
      'infinite turnover',
      { annual_turnover_eur: Number.POSITIVE_INFINITY },
      'annual_turnover_eur: must be an amount in euros ≥ 0 (a number, not text)',
    ],
    ['unknown sector', { sector: 'Energie' }, 'sector: unknown sector "Energie" (not in the Annex I/II catalogue)'],
    ['missing sector', { sector: undefined }, 'sector: is required'],
    [
      'unknown entity type',
      { entity_type_ref: 'I.1.a.99' },
      `entity_type_ref: unknown entity type "I.1.a.99" (expected an id such as 'I.1.a.2')`,
    ],
    [
      'entity type of another sector',
      { entity_type_ref: 'II.4.1' },
      "entity_type_ref: entity type 'II.4.1' belongs to sector 'Production, processing and distribution of food', not 'Energy'",
    ],
    ['wrong subsector', { subsector: 'Gas' }, "subsector: entity type 'I.1.a.2' belongs to subsector 'Electricity'"],
    ['wrong annex', { annex: 'II' }, "annex: entity type 'I.1.a.2' is in Annex I"],
    ['invalid annex', { annex: 'III' }, "annex: must be 'I', 'II' or null"],
    ['unknown top-level field', { employes: 3 }, '(input): unknown field(s): employes'],
    ['flags not an object', { flags: 'none' }, 'flags: must be an object of flags'],
    ['unknown flag', { flags: { trust_service_provder: true } }, 'flags: unknown field(s): trust_service_provder'],
    [
      'flag of the wrong type',
      { flags: { dns_service_provider: 'yes' } },
      'flags.dns_service_provider: must be true or false',
    ],
    [
      'invalid PAE level',
      { flags: { public_administration: 'municipal' } },
      "flags.public_administration: must be null or one of 'central', 'regional', 'local'",
    ],
    [
      "'unknown' outside the unknowns schema",
      { flags: { tld_name_registry: 'unknown' } },
      'flags.tld_name_registry: must be true or false',
    ],
  ])('rejects %s, naming the field', (_what, change, expected) => {
    expect(problems({ ...valid, ...change })).toContain(expected);
  });

  it('rejects a non-object', () => {
    expect(problems([1, 2])).toEqual(['(input): must be a JSON object']);
    expect(problems(null)).toEqual(['(input): must be a JSON object']);
  });

  it('rejects Member State identification for a type outside Annex I/II (NIS2 Art. 2(2))', () => {
    expect(
      problems({
        sector: 'Other (not in Annex I or II)',
        subsector: null,
        entity_type_ref: 'X.OTHER',
        annex: null,
        employees: 5,
        annual_turnover_eur: 1,
        balance_sheet_total_eur: 1,
        flags: { member_state_identified_2_2_b_to_e: 'essential' },
      }),
    ).toEqual([
      "flags.member_state_identified_2_2_b_to_e: only entities of a type in Annex I or II can be identified under NIS2 Art. 2(2)(b)-(e); 'X.OTHER' is not",
    ]);
  });

  it('accepts a CER critical entity from any sector, also one without NIS2 subsector', () => {
    const parsed = ScopeInputSchema.safeParse({
      ...valid,
      sector: 'Transport',
      subsector: 'Public transport',
      entity_type_ref: 'X.CER',
      annex: null,
      flags: { designated_critical_entity_cer: true },
    });
    expect(parsed.success).toBe(true);
  });

  it('reports several problems at once', () => {
    expect(problems({ ...valid, employees: -1, annual_turnover_eur: 'x', sector: 'Nope' })).toHaveLength(3);
  });
});

describe('ScopeInputWithUnknownsSchema', () => {
  it("accepts 'unknown' for figures and flags, keeps the other defaults", () => {
    const parsed = ScopeInputWithUnknownsSchema.parse({
      ...valid,
      employees: 'unknown',
      flags: { designated_critical_entity_cer: 'unknown', public_administration: 'unknown' },
    });
    expect(parsed.employees).toBe('unknown');
    expect(parsed.flags.designated_critical_entity_cer).toBe('unknown');
    expect(parsed.flags.public_administration).toBe('unknown');
    expect(parsed.flags.tld_name_registry).toBe(false);
    expect(parsed.flags.nl_ocw_designation).toBeNull();
  });

  it('still names the wrong field', () => {
    expect(problems({ ...valid, employees: 'maybe' }, ScopeInputWithUnknownsSchema)).toContain(
      "employees: must be a whole number ≥ 0, or 'unknown'",
    );
    expect(problems({ ...valid, flags: { tld_name_registry: 'maybe' } }, ScopeInputWithUnknownsSchema)).toContain(
      "flags.tld_name_registry: must be true or false, or 'unknown'",
    );
  });

  it('does not accept an unknown entity type', () => {
    expect(problems({ ...valid, entity_type_ref: 'unknown' }, ScopeInputWithUnknownsSchema)[0]).toMatch(
      /^entity_type_ref: unknown entity type/,
    );
  });
});

// evaluateScope (the API's entry point) and the wire request schema.
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  PUBLIC_ADMINISTRATION_LEVELS,
  ScopeEvaluationRequestSchema,
  ScopeEvaluationSchema,
  ScopeInputSchema,
  classifyScope,
  evaluateScope,
  unknownAnswers,
} from '../../src/scope/index.ts';
import { readScopeExamples } from './scope-test-helpers.ts';

const UNKNOWN_FIGURES = {
  employees: 'unknown',
  annual_turnover_eur: 'unknown',
  balance_sheet_total_eur: 'unknown',
} as const;
const FIGURE_SETS = [
  [0, 0, 0],
  [9, 1_900_000, 1_900_000],
  [60, 12_000_000, 8_000_000],
  [300, 80_000_000, 60_000_000],
] as const;

describe('evaluateScope', () => {
  it('is definite and equal to classifyScope for every example', () => {
    for (const c of readScopeExamples()) {
      const result = evaluateScope(ScopeEvaluationRequestSchema.parse(c.input));
      expect(ScopeEvaluationSchema.parse(result)).toEqual({
        outcome: 'definite',
        ...classifyScope(ScopeInputSchema.parse(c.input)),
      });
    }
  });

  it("is conditional when an answer that matters is 'unknown'", () => {
    // SC-004: 50 AWU is medium (important); fewer would be small (out of scope).
    const c = readScopeExamples().find((e) => e.id === 'SC-004')!;
    const result = evaluateScope(ScopeEvaluationRequestSchema.parse({ ...c.input, employees: 'unknown' }));
    expect(result.outcome).toBe('conditional');
  });

  // Reference §1.2: the figures of a public administration are not used. This checks the claim the
  // shortcut relies on: for every entity type and level, no figure changes anything in the outcome.
  it('treats unknown figures of a public administration as not applicable, because they change nothing', () => {
    let checked = 0;
    for (const e of ENTITY_TYPES) {
      for (const level of [null, ...PUBLIC_ADMINISTRATION_LEVELS]) {
        const base = {
          sector: e.sector,
          subsector: e.subsector,
          entity_type_ref: e.id,
          flags: { public_administration: level },
        };
        const outcomes = FIGURE_SETS.map(([employees, turnover, balance]) => {
          const parsed = ScopeInputSchema.safeParse({
            ...base,
            employees,
            annual_turnover_eur: turnover,
            balance_sheet_total_eur: balance,
          });
          return parsed.success ? classifyScope(parsed.data) : undefined;
        });
        const first = outcomes[0];
        if (!first || first.size_class !== 'not_applicable') continue;
        checked++;
        for (const other of outcomes) expect(other).toEqual(first);
        const withUnknowns = evaluateScope(ScopeEvaluationRequestSchema.parse({ ...base, ...UNKNOWN_FIGURES }));
        expect(withUnknowns).toEqual({ outcome: 'definite', ...first });
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('is definite when unknown figures cannot change the outcome, and says the size was not needed', () => {
    const dns = { sector: 'Digital infrastructure', entity_type_ref: 'I.8.2', ...UNKNOWN_FIGURES };
    const result = evaluateScope(ScopeEvaluationRequestSchema.parse(dns));
    expect(result).toMatchObject({ outcome: 'definite', size_class: 'not_needed' });
    for (const [employees, turnover, balance] of FIGURE_SETS) {
      const known = classifyScope(
        ScopeInputSchema.parse({ ...dns, employees, annual_turnover_eur: turnover, balance_sheet_total_eur: balance }),
      );
      expect(result).toMatchObject({ eu: known.eu, nl: known.nl, obligations: known.obligations });
    }
    if (result.outcome !== 'definite') throw new Error('expected definite');
    expect(result.reasons.map((r) => r.key)).toEqual([
      'size_class_not_needed',
      'eu.dns_service_provider',
      'nl.dns_service_provider',
    ]);
  });

  it('names the size class when the known figures already decide it', () => {
    // 60 AWU and EUR 12 m turnover: medium whatever the balance sheet (Annex Art. 2(1): turnover ≤ EUR 50 m).
    const food = { sector: 'Production, processing and distribution of food', entity_type_ref: 'II.4.1' };
    const result = evaluateScope(
      ScopeEvaluationRequestSchema.parse({
        ...food,
        employees: 60,
        annual_turnover_eur: 12_000_000,
        balance_sheet_total_eur: 'unknown',
      }),
    );
    expect(result).toMatchObject({
      outcome: 'definite',
      size_class: 'medium',
      nl: { classification: 'important', decided_by: 'Cbw art. 12(1)(b)' },
    });
    if (result.outcome !== 'definite') throw new Error('expected definite');
    expect(result.reasons[0]?.key).toBe('size_class_from_known_figures');
  });

  it('stays conditional when the unknown figures can change the class', () => {
    const food = { sector: 'Production, processing and distribution of food', entity_type_ref: 'II.4.1' };
    const result = evaluateScope(ScopeEvaluationRequestSchema.parse({ ...food, ...UNKNOWN_FIGURES }));
    expect(result.outcome).toBe('conditional');
  });

  it('keeps unknown figures conditional when the public-administration answer is itself unknown', () => {
    const input = ScopeEvaluationRequestSchema.parse({
      sector: 'Health',
      entity_type_ref: 'I.5.1',
      ...UNKNOWN_FIGURES,
      flags: { public_administration: 'unknown' },
    });
    expect(evaluateScope(input).outcome).toBe('conditional');
    expect(unknownAnswers(input)).toEqual([
      'employees',
      'annual_turnover_eur',
      'balance_sheet_total_eur',
      'flags.public_administration',
    ]);
  });
});

describe('ScopeEvaluationRequestSchema', () => {
  const valid = readScopeExamples()[0]!.input;
  const problems = (value: unknown) =>
    ScopeEvaluationRequestSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('names an unknown flag or field by its own path, alongside the other problems', () => {
    expect(problems({ ...valid, employees: -1, flags: { trust_service_provder: true }, extra: 1 }).sort()).toEqual([
      'employees: must be a whole number ≥ 0',
      'extra: is not a known field',
      'flags.trust_service_provder: is not a known flag',
    ]);
  });

  it('accepts the examples unchanged and rejects what ScopeInputSchema rejects', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, sector: 'Energie' })).toEqual([
      expect.stringMatching(/^sector: unknown sector "Energie"/),
    ]);
    expect(problems('text')).toEqual([': must be a JSON object']);
  });
});

describe('ENTITY_TYPE_LABELS', () => {
  it('has a Dutch and an English label for every entity type, and no others', () => {
    expect(Object.keys(ENTITY_TYPE_LABELS).sort()).toEqual(ENTITY_TYPES.map((e) => e.id).sort());
    for (const label of Object.values(ENTITY_TYPE_LABELS)) {
      expect(label.nl.length).toBeGreaterThan(3);
      expect(label.en.length).toBeGreaterThan(3);
    }
  });
});

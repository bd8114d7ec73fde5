// evaluateScope (the API's entry point) and the wire request schema.
import { describe, expect, it } from 'vitest';
import {
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
    const c = readScopeExamples()[0]!;
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

// Properties of the scope rules over generated, schema-valid inputs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  FLAG_NAMES,
  ScopeInputSchema,
  ScopeInputWithUnknownsSchema,
  ScopeResultSchema,
  classifyScope,
  classifyWithUnknowns,
  determineSizeClass,
  rankClassification,
  rankSizeClass,
  type FlagName,
  type ScopeInput,
  type SizeClass,
} from '../../src/scope/index.ts';
import { employeesArb, inputArb, M, moneyArb } from './scope-arbitraries.ts';
import { FIGURES } from './scope-test-helpers.ts';

const rank = rankClassification;

describe('scope rules: properties', () => {
  it('classification is total: every schema-valid input gets a result that fits the result schema', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = classifyScope(input);
        expect(ScopeResultSchema.safeParse(r).success).toBe(true);
      }),
    );
  });

  it('the Cbw is never less strict than the EU baseline (NL deviations only add)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = classifyScope(input);
        expect(rank(r.nl.classification)).toBeGreaterThanOrEqual(rank(r.eu.classification));
      }),
    );
  });

  it('more employees, turnover or balance sheet never lowers the size class or the classification', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.nat({ max: 1000 }),
        fc.nat({ max: 100 * M }),
        fc.nat({ max: 100 * M }),
        (input, more, moreTurnover, moreBalance) => {
          const bigger: ScopeInput = {
            ...input,
            employees: input.employees + more,
            annual_turnover_eur: input.annual_turnover_eur + moreTurnover,
            balance_sheet_total_eur: input.balance_sheet_total_eur + moreBalance,
          };
          expect(rankSizeClass(determineSizeClass(bigger))).toBeGreaterThanOrEqual(
            rankSizeClass(determineSizeClass(input)),
          );
          const before = classifyScope(input);
          const after = classifyScope(bigger);
          expect(rank(after.eu.classification)).toBeGreaterThanOrEqual(rank(before.eu.classification));
          expect(rank(after.nl.classification)).toBeGreaterThanOrEqual(rank(before.nl.classification));
        },
      ),
    );
  });

  it('for a size-capped entity without hooks the class follows the size: out below medium, in from medium', () => {
    const sizeCapped = ENTITY_TYPES.filter((e) => e.size_rule === 'size_cap');
    fc.assert(
      fc.property(
        fc.constantFrom(...sizeCapped),
        employeesArb,
        moneyArb,
        moneyArb,
        (entity, employees, turnover, balance) => {
          const input = ScopeInputSchema.parse({
            sector: entity.sector,
            subsector: entity.subsector,
            entity_type_ref: entity.id,
            annex: entity.annex,
            employees,
            annual_turnover_eur: turnover,
            balance_sheet_total_eur: balance,
          });
          const size = determineSizeClass(input);
          const r = classifyScope(input);
          const expected =
            size === 'micro' || size === 'small'
              ? 'out_of_scope'
              : entity.annex === 'I' && size === 'large'
                ? 'essential'
                : 'important';
          expect(r.eu.classification).toBe(expected);
          expect(r.nl.classification).toBe(expected);
        },
      ),
    );
  });

  it('each regime has exactly one decisive reasoning step, and it is the outcome', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = classifyScope(input);
        for (const regime of ['eu', 'nl'] as const) {
          const decisive = r.reasons.filter((s) => s.regime === regime && s.decisive);
          expect(decisive).toHaveLength(1);
          expect(decisive[0]).toMatchObject({
            article: r[regime].decided_by,
            classification: r[regime].classification,
          });
        }
      }),
    );
  });

  it('in-scope entities always get zorgplicht, meldplicht, registratieplicht, bestuur, toezicht and boetes; others none of them', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = classifyScope(input);
        for (const regime of ['eu', 'nl'] as const) {
          const keys = new Set(r.obligations.filter((o) => o.regime === regime).map((o) => o.key));
          const core = ['duty_of_care', 'incident_reporting', 'management_body', 'supervision', 'fines'] as const;
          for (const k of core) expect(keys.has(k)).toBe(r[regime].classification !== 'out_of_scope');
          if (r[regime].classification !== 'out_of_scope') expect(keys.has('registration')).toBe(true);
        }
      }),
    );
  });

  describe('classifyWithUnknowns', () => {
    const unknownsArb = fc.record({
      input: inputArb,
      unknownFlags: fc.subarray([...FLAG_NAMES]),
      unknownFigures: fc.subarray(['employees', 'annual_turnover_eur', 'balance_sheet_total_eur'] as const),
    });

    function withUnknowns(input: ScopeInput, flags: FlagName[], figures: readonly string[]) {
      const raw: Record<string, unknown> = { ...input, flags: { ...input.flags } };
      for (const f of figures) raw[f] = 'unknown';
      for (const f of flags) (raw.flags as Record<string, unknown>)[f] = 'unknown';
      return ScopeInputWithUnknownsSchema.parse(raw);
    }

    /** The input with one reachable outcome's conditions applied. */
    function realise(input: ScopeInput, when: Record<string, unknown>): ScopeInput {
      const out: ScopeInput = { ...input, flags: { ...input.flags } };
      for (const [path, value] of Object.entries(when)) {
        if (path === 'size_class') Object.assign(out, FIGURES[value as SizeClass]);
        else (out.flags as Record<string, unknown>)[path.slice('flags.'.length)] = value;
      }
      return out;
    }

    it('with nothing unknown agrees with classifyScope', () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          const full = classifyScope(input);
          const partial = classifyWithUnknowns(withUnknowns(input, [], []));
          for (const regime of ['eu', 'nl'] as const) {
            expect(partial[regime]).toMatchObject({
              classification: full[regime].classification,
              decided_by: full[regime].decided_by,
              depends_on: [],
            });
          }
        }),
      );
    });

    it('is sound: the real outcome is among the possible ones, and every listed outcome is reachable as stated', () => {
      fc.assert(
        fc.property(unknownsArb, ({ input, unknownFlags, unknownFigures }) => {
          const full = classifyScope(input);
          const partial = classifyWithUnknowns(withUnknowns(input, unknownFlags, unknownFigures));
          for (const regime of ['eu', 'nl'] as const) {
            expect(partial[regime].possible).toContain(full[regime].classification);
            expect(partial[regime].outcomes.map((o) => `${o.classification}|${o.decided_by}`)).toContain(
              `${full[regime].classification}|${full[regime].decided_by}`,
            );
            for (const o of partial[regime].outcomes) {
              const realised = classifyScope(realise(input, o.when));
              expect({ c: realised[regime].classification, d: realised[regime].decided_by }).toEqual({
                c: o.classification,
                d: o.decided_by,
              });
            }
          }
        }),
        { numRuns: 60 },
      );
    });

    it('an unknown flag that is not in depends_on cannot change the classification', () => {
      fc.assert(
        fc.property(unknownsArb, ({ input, unknownFlags, unknownFigures }) => {
          const partial = classifyWithUnknowns(withUnknowns(input, unknownFlags, unknownFigures));
          const full = classifyScope(input);
          for (const flag of unknownFlags) {
            const path = `flags.${flag}`;
            for (const regime of ['eu', 'nl'] as const) {
              if (partial[regime].depends_on.includes(path)) continue;
              const current = input.flags[flag];
              const alternatives =
                typeof current === 'boolean'
                  ? [!current]
                  : [null, 'central', 'regional', 'local', 'essential', 'important'];
              for (const alt of alternatives) {
                const changed = ScopeInputSchema.safeParse({ ...input, flags: { ...input.flags, [flag]: alt } });
                if (!changed.success) continue;
                expect(classifyScope(changed.data)[regime].classification).toBe(full[regime].classification);
              }
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  });
});

// "I don't know" answers: the possible classifications and what they depend on.
import { describe, expect, it } from 'vitest';
import {
  ConditionalScopeResultSchema,
  ScopeInputSchema,
  ScopeInputWithUnknownsSchema,
  classifyScope,
  classifyWithUnknowns,
  getEntityType,
  type ScopeInputDraft,
} from '../../src/scope/index.ts';
import { FIGURES, readScopeExamples } from './scope-test-helpers.ts';

type Draft = Omit<ScopeInputDraft, 'employees' | 'annual_turnover_eur' | 'balance_sheet_total_eur' | 'flags'> & {
  employees: number | 'unknown';
  annual_turnover_eur: number | 'unknown';
  balance_sheet_total_eur: number | 'unknown';
  flags?: Record<string, unknown>;
};

function draft(ref: string, figures: Partial<Draft> = FIGURES.small, flags: Record<string, unknown> = {}): Draft {
  const e = getEntityType(ref);
  return {
    sector: e.sector,
    subsector: e.subsector,
    entity_type_ref: e.id,
    annex: e.annex,
    employees: 0,
    annual_turnover_eur: 0,
    balance_sheet_total_eur: 0,
    ...figures,
    flags,
  };
}

const classify = (d: Draft) => classifyWithUnknowns(ScopeInputWithUnknownsSchema.parse(d));

describe('classifyWithUnknowns', () => {
  it('without unknowns agrees with classifyScope on every example', () => {
    for (const c of readScopeExamples()) {
      const full = classifyScope(ScopeInputSchema.parse(c.input));
      const partial = classifyWithUnknowns(ScopeInputWithUnknownsSchema.parse(c.input));
      expect(ConditionalScopeResultSchema.safeParse(partial).success).toBe(true);
      for (const regime of ['eu', 'nl'] as const) {
        expect(partial[regime], c.id).toMatchObject({
          possible: [full[regime].classification],
          classification: full[regime].classification,
          decided_by: full[regime].decided_by,
          depends_on: [],
          outcomes: [{ ...full[regime], when: {} }],
        });
      }
      expect(partial.depends_on).toEqual([]);
    }
  });

  it('unknown CER designation of a small food company: out of scope or essential, depending on that one answer', () => {
    const r = classify(draft('II.4.1', FIGURES.small, { designated_critical_entity_cer: 'unknown' }));
    expect(r.eu.possible).toEqual(['out_of_scope', 'essential']);
    expect(r.eu.classification).toBeNull();
    expect(r.eu.depends_on).toEqual(['flags.designated_critical_entity_cer']);
    expect(r.eu.outcomes).toEqual([
      {
        classification: 'out_of_scope',
        decided_by: 'NIS2 Art. 2(1) (below size cap)',
        when: { 'flags.designated_critical_entity_cer': false },
      },
      {
        classification: 'essential',
        decided_by: 'NIS2 Art. 3(1)(f) (scope: Art. 2(3))',
        when: { 'flags.designated_critical_entity_cer': true },
      },
    ]);
    expect(r.nl.possible).toEqual(['out_of_scope', 'essential']);
    expect(r.depends_on).toEqual(['flags.designated_critical_entity_cer']);
  });

  it('unknown headcount of an Annex I entity with micro money: any class, depending on employees', () => {
    const r = classify(
      draft('I.5.1', { employees: 'unknown', annual_turnover_eur: 1_000_000, balance_sheet_total_eur: 1_000_000 }),
    );
    expect(r.possible_size_classes).toEqual(['micro', 'small', 'medium', 'large']);
    expect(r.eu.possible).toEqual(['out_of_scope', 'important', 'essential']);
    expect(r.eu.depends_on).toEqual(['employees']);
    expect(r.nl.outcomes.find((o) => o.classification === 'important')).toEqual({
      classification: 'important',
      decided_by: 'Cbw art. 12(1)(a)',
      when: { size_class: 'medium' },
    });
  });

  it('unknown headcount with money above both medium ceilings: large whatever the headcount', () => {
    const r = classify(
      draft('I.5.1', { employees: 'unknown', annual_turnover_eur: 60_000_000, balance_sheet_total_eur: 50_000_000 }),
    );
    expect(r.possible_size_classes).toEqual(['large']);
    expect(r.eu).toMatchObject({ classification: 'essential', depends_on: [] });
  });

  it('an unknown that cannot change anything leaves the outcome determined', () => {
    const r = classify(
      draft('I.1.a.2', FIGURES.large, { domain_name_registration_service: 'unknown', group_aggregated: 'unknown' }),
    );
    expect(r.eu).toMatchObject({
      possible: ['essential'],
      classification: 'essential',
      decided_by: 'NIS2 Art. 3(1)(a)',
      depends_on: [],
    });
    expect(r.nl).toMatchObject({ classification: 'essential', decided_by: 'Cbw art. 8(1)(f)', depends_on: [] });
  });

  it('same class by different articles: determined classification, open article', () => {
    const r = classify(draft('I.1.a.2', FIGURES.large, { designated_critical_entity_cer: 'unknown' }));
    expect(r.eu.classification).toBe('essential');
    expect(r.eu.decided_by).toBeNull();
    expect(r.eu.depends_on).toEqual([]);
    expect(r.eu.outcomes.map((o) => o.decided_by).sort()).toEqual([
      'NIS2 Art. 3(1)(a)',
      'NIS2 Art. 3(1)(f) (scope: Art. 2(3))',
    ]);
  });

  it('unknown identification of a small Annex II entity: NL has no important outcome (Cbw art. 9(1))', () => {
    const r = classify(draft('II.3.1', FIGURES.small, { member_state_identified_2_2_b_to_e: 'unknown' }));
    expect(r.eu.possible).toEqual(['out_of_scope', 'important', 'essential']);
    expect(r.nl.possible).toEqual(['out_of_scope', 'essential']);
  });

  it('unknown PAE level of a regional entity type', () => {
    const r = classify(draft('I.10.2', { employees: 500 }, { public_administration: 'unknown' }));
    expect(r.eu.possible).toEqual(['out_of_scope', 'essential']);
    expect(r.nl).toMatchObject({ possible: ['essential'], depends_on: [] });
  });

  it('an unknown that only matters together with another still counts (HEI flag needs the size)', () => {
    const r = classify(
      draft(
        'II.7.1',
        { employees: 'unknown', annual_turnover_eur: 1, balance_sheet_total_eur: 1 },
        { higher_education_institution: 'unknown' },
      ),
    );
    expect(r.nl.depends_on).toEqual(['employees', 'flags.higher_education_institution']);
  });

  it('everything unknown stays fast and exact', () => {
    const flags = Object.fromEntries(
      Object.keys(ScopeInputSchema.parse({ ...draft('I.8.4', FIGURES.small) }).flags).map((k) => [k, 'unknown']),
    );
    const started = performance.now();
    const r = classify(
      draft(
        'I.8.4',
        { employees: 'unknown', annual_turnover_eur: 'unknown', balance_sheet_total_eur: 'unknown' },
        flags,
      ),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.eu.possible).toEqual(['out_of_scope', 'important', 'essential']);
    expect(r.depends_on).toContain('flags.designated_critical_entity_cer');
    expect(r.depends_on).toContain('employees');
    // only changes the article, never the class
    expect(r.eu.depends_on).not.toContain('flags.domain_name_registration_service');
  });
});

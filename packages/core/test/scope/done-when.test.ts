// Issue 17, "Done when": a subsidiary of a large group, a company that grew past a threshold this year, a
// German-headquartered cloud provider and a Dutch bank all get the right answer with the article that decides it.
import { describe, expect, it } from 'vitest';
import { ScopeInputSchema, classifyScope } from '../../src/scope/index.ts';

const M = 1_000_000;

describe('issue 17 "Done when"', () => {
  it('a small subsidiary of a large group: large by the group figures (Rec. 2003/361/EC Annex Art. 6(2)), essential (NIS2 Art. 3(1)(a); Cbw art. 8(1)(f))', () => {
    const r = classifyScope(
      ScopeInputSchema.parse({
        sector: 'Health',
        entity_type_ref: 'I.5.1',
        employees: 30,
        annual_turnover_eur: 6 * M,
        balance_sheet_total_eur: 5 * M,
        linked_enterprises: [
          {
            relation: 'linked',
            share_pct: 100,
            employees: 4_000,
            annual_turnover_eur: 900 * M,
            balance_sheet_total_eur: 700 * M,
          },
        ],
      }),
    );
    expect(r.eu).toEqual({ classification: 'essential', decided_by: 'NIS2 Art. 3(1)(a)' });
    expect(r.nl).toEqual({ classification: 'essential', decided_by: 'Cbw art. 8(1)(f)' });
    expect(r.size).toMatchObject({
      size_class: 'large',
      own: { employees: 30 },
      aggregated: { employees: 4_030 },
      aggregation_article: 'Rec. 2003/361/EC Annex Art. 6(2)',
    });
    // Recital 16 is a possibility for the Member State, shown as a note, not as the outcome.
    expect(r.reasons.map((s) => s.key)).toContain('size_class_group_independence_note');
  });

  it('a company that grew past the large threshold this year: still medium (Annex Art. 4(2)), important (NIS2 Art. 3(2); Cbw art. 12(1)(a))', () => {
    const r = classifyScope(
      ScopeInputSchema.parse({
        sector: 'Energy',
        entity_type_ref: 'I.1.a.2',
        employees: 300,
        annual_turnover_eur: 80 * M,
        balance_sheet_total_eur: 60 * M,
        previous_period: { employees: 200, annual_turnover_eur: 40 * M, balance_sheet_total_eur: 30 * M },
      }),
    );
    expect(r.eu).toEqual({ classification: 'important', decided_by: 'NIS2 Art. 3(2) (scope: Art. 2(1))' });
    expect(r.nl).toEqual({ classification: 'important', decided_by: 'Cbw art. 12(1)(a)' });
    expect(r.size).toMatchObject({
      size_class: 'medium',
      current_period_size_class: 'large',
      previous_period: { size_class: 'medium' },
      decided_by_periods: ['previous'],
      period_article: 'Rec. 2003/361/EC Annex Art. 4(2)',
    });
  });

  it('a cloud provider headquartered in Germany with a Dutch office: German jurisdiction (NIS2 Art. 26(1)(b), (2)), so the Cbw does not apply (Cbw art. 4(3)); NIS2 essential (Art. 3(1)(a))', () => {
    const r = classifyScope(
      ScopeInputSchema.parse({
        sector: 'Digital infrastructure',
        entity_type_ref: 'I.8.4',
        employees: 900,
        annual_turnover_eur: 300 * M,
        balance_sheet_total_eur: 200 * M,
        member_states_established: ['DE', 'NL'],
        main_establishment_member_state: 'DE',
        member_states_served: ['DE', 'NL', 'BE'],
      }),
    );
    expect(r.eu).toEqual({ classification: 'essential', decided_by: 'NIS2 Art. 3(1)(a)' });
    expect(r.nl).toEqual({ classification: 'out_of_scope', decided_by: 'Cbw art. 4(3) (NIS2 Art. 26(1)(b), (2): DE)' });
    expect(r.jurisdiction).toEqual({ member_states: ['DE'], decided_by: 'NIS2 Art. 26(1)(b), (2)', assumed: false });
    expect(r.obligations.some((o) => o.regime === 'nl')).toBe(false);
  });

  it('a Dutch bank under DORA: essential (NIS2 Art. 3(1)(a); Cbw art. 8(1)(f)); duty of care and reporting replaced by DORA (NIS2 Art. 4(1); Cbw arts. 22, 31)', () => {
    const r = classifyScope(
      ScopeInputSchema.parse({
        sector: 'Banking',
        entity_type_ref: 'I.3.1',
        employees: 2_000,
        annual_turnover_eur: 900 * M,
        balance_sheet_total_eur: 30_000 * M,
        member_states_established: ['NL'],
        flags: { dora_financial_entity: true },
      }),
    );
    expect(r.eu).toEqual({ classification: 'essential', decided_by: 'NIS2 Art. 3(1)(a)' });
    expect(r.nl).toEqual({ classification: 'essential', decided_by: 'Cbw art. 8(1)(f)' });
    expect(r.jurisdiction?.member_states).toEqual(['NL']);
    const replaced = (regime: string, key: string) =>
      r.obligations.find((o) => o.regime === regime && o.key === key)?.replaced_by;
    expect(replaced('eu', 'duty_of_care')).toBe('DORA (Reg. (EU) 2022/2554) — NIS2 Art. 4');
    expect(replaced('eu', 'incident_reporting')).toBe('DORA (Reg. (EU) 2022/2554) — NIS2 Art. 4');
    expect(replaced('nl', 'duty_of_care')).toBe('DORA (Reg. (EU) 2022/2554) — Cbw art. 22');
    expect(replaced('nl', 'incident_reporting')).toBe('DORA (Reg. (EU) 2022/2554) — Cbw art. 31');
    expect(replaced('nl', 'registration')).toBeUndefined();
    expect(r.reasons.find((s) => s.key === 'note_dora')?.text.en).toMatch(
      /Still applies under NIS2: .*registration obligation/,
    );
  });
});

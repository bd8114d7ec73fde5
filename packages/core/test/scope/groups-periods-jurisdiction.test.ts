// Issue 17 items 1-4: groups (Rec. 2003/361/EC Annex Arts. 3, 6), two accounting periods (Annex Art. 4(2)),
// jurisdiction (NIS2 Art. 26; Cbw art. 4), DORA and exemptions (NIS2 Arts. 2(8)-(10), 4; Cbw art. 7).
// Each case names the article that decides it.
import { describe, expect, it } from 'vitest';
import {
  ScopeInputSchema,
  ScopeInputWithUnknownsSchema,
  assessSize,
  classifyScope,
  classifyWithUnknowns,
  evaluateScope,
  formatScopeInputIssues,
  possibleSizeClassesOf,
  type ScopeInput,
  type ScopeInputDraft,
} from '../../src/scope/index.ts';
import { FIGURES, inputFor } from './scope-test-helpers.ts';

const M = 1_000_000;
const figures = (employees: number, turnover: number, balance: number) => ({
  employees,
  annual_turnover_eur: turnover,
  balance_sheet_total_eur: balance,
});
const linked = (employees: number, turnover: number, balance: number) => ({
  relation: 'linked' as const,
  share_pct: null,
  ...figures(employees, turnover, balance),
});
const partner = (share_pct: number, employees: number, turnover: number, balance: number) => ({
  relation: 'partner' as const,
  share_pct,
  ...figures(employees, turnover, balance),
});

// I.1.a.2 electricity DSO (Annex I, size cap); I.8.4 cloud (Annex I, Art. 26(1)(b)); I.8.8 public ECN (Art. 26(1)(a)).
const dso = (own: ReturnType<typeof figures>, overrides: Partial<ScopeInputDraft> = {}, flags = {}) =>
  inputFor('I.1.a.2', own, flags, overrides);
const outcome = (input: ScopeInput) => {
  const r = classifyScope(input);
  return { eu: [r.eu.classification, r.eu.decided_by], nl: [r.nl.classification, r.nl.decided_by] };
};

describe('groups: Rec. 2003/361/EC Annex Art. 6(2)', () => {
  it.each([
    ['Annex Art. 6(2): a linked enterprise is added in full', [linked(20, 2 * M, 1 * M)], figures(60, 10 * M, 7 * M)],
    [
      'Annex Art. 6(2): a partner at 30 % is added pro rata',
      [partner(30, 100, 10 * M, 10 * M)],
      figures(70, 11 * M, 9 * M),
    ],
    [
      'Annex Art. 6(2): "the larger of capital and voting rights" is the share entered; 50 % counts half',
      [partner(50, 10, 2 * M, 2 * M)],
      figures(45, 9 * M, 7 * M),
    ],
    ['Annex Art. 3(2): a partner at exactly 25 % counts', [partner(25, 40, 4 * M, 4 * M)], figures(50, 9 * M, 7 * M)],
    [
      'Annex Art. 3(1)-(2): a "partner" below 25 % is not a partner and adds nothing',
      [partner(24.99, 400, 400 * M, 400 * M)],
      figures(40, 8 * M, 6 * M),
    ],
    ['Annex Art. 6(2): an empty list means an autonomous enterprise', [], figures(40, 8 * M, 6 * M)],
    [
      'Annex Art. 6(2): several enterprises add up',
      [linked(5, 1 * M, 1 * M), linked(5, 1 * M, 1 * M), partner(40, 10, 5 * M, 5 * M)],
      figures(54, 12 * M, 10 * M),
    ],
  ] as const)('%s', (_name, related, expected) => {
    const size = assessSize(dso(figures(40, 8 * M, 6 * M), { linked_enterprises: [...related] }));
    expect(size.own).toEqual(figures(40, 8 * M, 6 * M));
    expect(size.aggregated).toEqual(expected);
    expect(size.aggregation_rule).toBe('aggregated_annex_art_6');
  });

  // Boundaries: "fewer than 50" AWU and "not exceeding" EUR 10 m (Annex Art. 2(2)), reached only with the group.
  it.each([
    ['Annex Art. 2(2) + 6(2): 40 own + 9 linked = 49 AWU stays small', linked(9, 0, 0), 'small'],
    ['Annex Art. 2(2) + 6(2): 40 own + 10 linked = 50 AWU is medium', linked(10, 0, 0), 'medium'],
    [
      'Annex Art. 2(2) + 6(2): EUR 8 m + 25 % of 8 m = EUR 10 m exactly stays small',
      partner(25, 0, 8 * M, 16 * M),
      'small',
    ],
    ['Annex Art. 2(2) + 6(2): one euro more in both is medium', partner(25, 0, 8 * M + 4, 16 * M + 4), 'medium'],
    ['Annex Art. 2(1) + 6(2): 240 own-group AWU + 10 linked = 250 AWU is large', linked(210, 0, 0), 'large'],
  ] as const)('%s', (_name, related, expected) => {
    const input = dso(figures(40, 8 * M, 6 * M), { linked_enterprises: [related] });
    expect(classifyScope(input).size_class).toBe(expected);
  });

  it('Annex Art. 6(2): the result shows own and aggregated figures, the rule and what each enterprise counted', () => {
    const r = classifyScope(dso(figures(40, 8 * M, 6 * M), { linked_enterprises: [partner(30, 100, 10 * M, 10 * M)] }));
    expect(r.size).toMatchObject({
      size_class: 'medium',
      own: figures(40, 8 * M, 6 * M),
      aggregated: figures(70, 11 * M, 9 * M),
      aggregation_rule: 'aggregated_annex_art_6',
      aggregation_article: 'Rec. 2003/361/EC Annex Art. 6(2)',
      related_enterprises: [{ relation: 'partner', share_pct: 30, factor: 0.3, counted: figures(30, 3 * M, 3 * M) }],
    });
    const keys = r.reasons.map((s) => s.key);
    expect(keys).toContain('size_class_group_aggregated');
    expect(keys).not.toContain('size_class_group_figures'); // no reminder: the group was entered
  });

  it('NIS2 recital 16: a note, not the outcome, when only the group makes the entity big enough', () => {
    const r = classifyScope(dso(figures(40, 8 * M, 6 * M), { linked_enterprises: [linked(300, 100 * M, 100 * M)] }));
    expect(r.eu).toEqual({ classification: 'essential', decided_by: 'NIS2 Art. 3(1)(a)' });
    const note = r.reasons.find((s) => s.key === 'size_class_group_independence_note');
    expect(note).toMatchObject({
      article: 'NIS2 recital 16; Rec. 2003/361/EC Annex Art. 6(2)',
      params: { own_size_class: 'small' },
    });
    expect(note?.text.nl).toMatch(/overweging 16/);
    // No note when the own figures already give the class.
    const big = classifyScope(dso(figures(300, 80 * M, 60 * M), { linked_enterprises: [linked(5, 1, 1)] }));
    expect(big.reasons.map((s) => s.key)).not.toContain('size_class_group_independence_note');
  });

  it.each([
    [
      'a partner without a share',
      { linked_enterprises: [{ relation: 'partner', share_pct: null, ...figures(1, 1, 1) }] },
      /^linked_enterprises\.0\.share_pct: is required for a partner/,
    ],
    [
      'a share above 100 %',
      { linked_enterprises: [partner(101, 1, 1, 1)] },
      /^linked_enterprises\.0\.share_pct: must be a percentage/,
    ],
    [
      'an unknown relation',
      { linked_enterprises: [{ ...linked(1, 1, 1), relation: 'sister' }] },
      /^linked_enterprises\.0\.relation: must be 'linked' or 'partner'/,
    ],
    [
      'a negative headcount',
      { linked_enterprises: [linked(-1, 1, 1)] },
      /^linked_enterprises\.0\.employees: must be a whole number/,
    ],
    [
      'an unknown field',
      { linked_enterprises: [{ ...linked(1, 1, 1), name: 'x' }] },
      /^linked_enterprises\.0: unknown field\(s\): name/,
    ],
    [
      'a previous period without turnover',
      { previous_period: { employees: 1, balance_sheet_total_eur: 1 } },
      /^previous_period\.annual_turnover_eur: is required/,
    ],
  ])('rejects %s, naming the field', (_name, extra, message) => {
    const base = { sector: 'Energy', entity_type_ref: 'I.1.a.2', ...figures(1, 1, 1) };
    const parsed = ScopeInputSchema.safeParse({ ...base, ...extra });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(formatScopeInputIssues(parsed.error).join('\n')).toMatch(message);
  });
});

describe('two accounting periods: Rec. 2003/361/EC Annex Art. 4(2)', () => {
  const annexI = (current: ReturnType<typeof figures>, previous?: ReturnType<typeof figures>) =>
    dso(current, previous ? { previous_period: previous } : {});

  it.each([
    ['Annex Art. 4(1): one period, its class', FIGURES.large, undefined, 'large', ['current'], 'single_period'],
    [
      'Annex Art. 4(2): large in both periods is large',
      FIGURES.large,
      FIGURES.large,
      'large',
      ['current', 'previous'],
      'same_in_both_periods',
    ],
    [
      'Annex Art. 4(2): grew from medium to large this year: still medium',
      FIGURES.large,
      FIGURES.medium,
      'medium',
      ['previous'],
      'kept_until_two_periods',
    ],
    [
      'Annex Art. 4(2): shrank from large to medium this year: still large',
      FIGURES.medium,
      FIGURES.large,
      'large',
      ['previous'],
      'kept_until_two_periods',
    ],
    [
      'Annex Art. 4(2): grew from small to medium: still small',
      FIGURES.medium,
      FIGURES.small,
      'small',
      ['previous'],
      'kept_until_two_periods',
    ],
    [
      'Annex Art. 4(2): jumped from micro to large: still micro',
      FIGURES.large,
      FIGURES.micro,
      'micro',
      ['previous'],
      'kept_until_two_periods',
    ],
    // Boundaries: 249 vs 250 AWU (Annex Art. 2(1)).
    [
      'Annex Art. 4(2) + 2(1): 250 AWU now, 249 before: still medium',
      figures(250, 1, 1),
      figures(249, 1, 1),
      'medium',
      ['previous'],
      'kept_until_two_periods',
    ],
    [
      'Annex Art. 4(2) + 2(1): 250 AWU in both: large',
      figures(250, 1, 1),
      figures(250, 1, 1),
      'large',
      ['current', 'previous'],
      'same_in_both_periods',
    ],
    [
      'Annex Art. 4(2) + 2(2): 49 AWU in both: small',
      figures(49, 1, 1),
      figures(49, 1, 1),
      'small',
      ['current', 'previous'],
      'same_in_both_periods',
    ],
  ] as const)('%s', (_name, current, previous, expected, periods, rule) => {
    const r = classifyScope(annexI(current, previous));
    expect(r.size_class).toBe(expected);
    expect(r.size).toMatchObject({ size_class: expected, decided_by_periods: periods, period_rule: rule });
    expect(r.size?.period_article).toBe(
      previous ? 'Rec. 2003/361/EC Annex Art. 4(2)' : 'Rec. 2003/361/EC Annex Art. 4(1)',
    );
  });

  it('Annex Art. 4(2): the classification follows the class held (grew past the small ceiling: still out of scope)', () => {
    expect(outcome(annexI(FIGURES.medium, FIGURES.small))).toEqual({
      eu: ['out_of_scope', 'NIS2 Art. 2(1) (below size cap)'],
      nl: ['out_of_scope', 'Cbw arts. 8(1)(f)/12(1)(a)-(b) (below size cap)'],
    });
    const step = classifyScope(annexI(FIGURES.medium, FIGURES.small)).reasons.find(
      (s) => s.key === 'size_class_periods',
    );
    expect(step).toMatchObject({
      article: 'Rec. 2003/361/EC Annex Art. 4(2)',
      params: { size_class: 'small', current_period_size_class: 'medium', previous_period_size_class: 'small' },
    });
  });
});

describe('jurisdiction: NIS2 Art. 26; Cbw art. 4', () => {
  const cloud = (overrides: Partial<ScopeInputDraft>) => inputFor('I.8.4', 'large', {}, overrides);
  const ecn = (overrides: Partial<ScopeInputDraft>) => inputFor('I.8.8', 'medium', {}, overrides);
  const hospital = (overrides: Partial<ScopeInputDraft>) => inputFor('I.5.1', 'large', {}, overrides);

  it.each<[string, ScopeInput, string[], string, string]>([
    [
      'no place answered: the Netherlands assumed (Art. 26(1))',
      cloud({}),
      ['NL'],
      'NIS2 Art. 26(1) (assumed: established in the Netherlands)',
      'essential',
    ],
    [
      'Art. 26(1)(b), (2): cloud with main establishment in DE, also in NL',
      cloud({ member_states_established: ['DE', 'NL'], main_establishment_member_state: 'DE' }),
      ['DE'],
      'NIS2 Art. 26(1)(b), (2)',
      'Cbw art. 4(3)',
    ],
    [
      'Art. 26(1)(b), (2): cloud with main establishment in NL',
      cloud({ member_states_established: ['DE', 'NL'], main_establishment_member_state: 'NL' }),
      ['NL'],
      'NIS2 Art. 26(1)(b), (2)',
      'essential',
    ],
    [
      'Art. 26(1)(b), (2): cloud established only in DE',
      cloud({ member_states_established: ['DE'] }),
      ['DE'],
      'NIS2 Art. 26(1)(b), (2) (only establishment)',
      'Cbw art. 4(3)',
    ],
    [
      'Art. 26(2): several establishments, main not answered: NL is one candidate',
      cloud({ member_states_established: ['DE', 'NL'] }),
      ['DE', 'NL'],
      'NIS2 Art. 26(2) (main establishment not answered: one of these Member States)',
      'essential',
    ],
    [
      'Art. 26(3): not established in the Union, representative in NL',
      cloud({ member_states_established: [], eu_representative_member_state: 'NL' }),
      ['NL'],
      'NIS2 Art. 26(3) (representative in the Union)',
      'essential',
    ],
    [
      'Art. 26(3): not established in the Union, representative in IE',
      cloud({
        member_states_established: [],
        eu_representative_member_state: 'IE',
        member_states_served: ['IE', 'NL'],
      }),
      ['IE'],
      'NIS2 Art. 26(3) (representative in the Union)',
      'Cbw art. 4(3)',
    ],
    [
      'Art. 26(3) + Cbw art. 4(3), (6): no representative: NL may act, but only Cbw art. 42 applies',
      cloud({ member_states_established: [], member_states_served: ['NL', 'BE'] }),
      ['BE', 'NL'],
      'NIS2 Art. 26(3) (no representative: any Member State where services are provided may take legal action)',
      'Cbw art. 4(3), (6)',
    ],
    [
      'Art. 26(1)(a): public network serving only BE',
      ecn({ member_states_established: ['NL'], member_states_served: ['BE'] }),
      ['BE'],
      'NIS2 Art. 26(1)(a)',
      'Cbw art. 4(2)',
    ],
    [
      'Art. 26(1)(a): public network serving NL from DE',
      ecn({ member_states_established: ['DE'], member_states_served: ['DE', 'NL'] }),
      ['DE', 'NL'],
      'NIS2 Art. 26(1)(a)',
      'essential',
    ],
    [
      'Art. 26(1): hospital established in DE and NL: both',
      hospital({ member_states_established: ['DE', 'NL'] }),
      ['DE', 'NL'],
      'NIS2 Art. 26(1)',
      'essential',
    ],
    [
      'Art. 26(1): hospital established only in BE',
      hospital({ member_states_established: ['BE'] }),
      ['BE'],
      'NIS2 Art. 26(1)',
      'Cbw art. 4(1)',
    ],
    [
      'Art. 26(1)(c): a public administration established by NL',
      inputFor('I.10.1', 'large', {}, { member_states_established: ['NL'] }),
      ['NL'],
      'NIS2 Art. 26(1)(c)',
      'essential',
    ],
    [
      'Art. 26(1)(b): a DNS activity flag on another type makes the main establishment decide',
      hospital({
        member_states_established: ['DE', 'NL'],
        main_establishment_member_state: 'DE',
        flags: { dns_service_provider: true },
      }),
      ['DE'],
      'NIS2 Art. 26(1)(b), (2)',
      'Cbw art. 4(3)',
    ],
  ])('%s', (_name, input, states, decidedBy, nl) => {
    // `nl` is the NL class, or the paragraph of Cbw art. 4 that keeps the Cbw out.
    const r = classifyScope(input);
    expect(r.jurisdiction).toMatchObject({ member_states: states, decided_by: decidedBy });
    // The EU classification is NIS2's own, whoever has jurisdiction.
    expect(r.eu.classification).not.toBe('out_of_scope');
    if (nl.startsWith('Cbw')) {
      expect(r.nl).toEqual({
        classification: 'out_of_scope',
        decided_by: `${nl} (${decidedBy}: ${states.join(', ')})`,
      });
      expect(r.obligations.filter((o) => o.regime === 'nl')).toEqual([]);
    } else {
      expect(r.nl.classification).toBe(nl);
    }
  });

  it.each([
    [
      'a main establishment outside the listed ones',
      { member_states_established: ['DE'], main_establishment_member_state: 'NL' },
      /^main_establishment_member_state: must be one of member_states_established \(DE\)/m,
    ],
    [
      'a representative of an entity established in the Union (Art. 26(3))',
      { member_states_established: ['DE'], eu_representative_member_state: 'NL' },
      /^eu_representative_member_state: applies only to an entity not established in the Union/m,
    ],
    [
      'a representative where no services are offered (Art. 26(3))',
      { member_states_established: [], member_states_served: ['BE'], eu_representative_member_state: 'NL' },
      /^eu_representative_member_state: must be one of member_states_served/m,
    ],
    [
      'a country that is not a Member State',
      { member_states_established: ['UK'] },
      /^member_states_established\.0: must be the ISO 3166-1 alpha-2 code of an EU Member State/m,
    ],
    [
      'the EU code EL for Greece',
      { main_establishment_member_state: 'EL' },
      /^main_establishment_member_state: must be the ISO 3166-1/m,
    ],
  ])('rejects %s, naming the field', (_name, extra, message) => {
    const parsed = ScopeInputSchema.safeParse({
      sector: 'Digital infrastructure',
      entity_type_ref: 'I.8.4',
      ...FIGURES.large,
      ...extra,
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(formatScopeInputIssues(parsed.error).join('\n')).toMatch(message);
  });

  it('Cbw art. 4 under unknown answers: whether the activity is DNS decides the Member State', () => {
    const input = ScopeInputWithUnknownsSchema.parse({
      sector: 'Health',
      entity_type_ref: 'I.5.1',
      ...FIGURES.large,
      member_states_established: ['DE', 'NL'],
      main_establishment_member_state: 'DE',
      flags: { dns_service_provider: 'unknown' },
    });
    const r = classifyWithUnknowns(input);
    expect(r.nl.possible).toEqual(['out_of_scope', 'essential']);
    expect(r.nl.depends_on).toEqual(['flags.dns_service_provider']);
    expect(r.eu.classification).toBe('essential');
  });
});

describe('DORA and exemptions: NIS2 Arts. 2(8)-(10), 4; Cbw arts. 7, 22, 23, 31', () => {
  const bank = (flags: ScopeInputDraft['flags'], size: keyof typeof FIGURES = 'large') =>
    inputFor('I.3.1', size, flags);

  it('NIS2 Art. 4(1): a DORA financial entity keeps its class; duty of care and reporting are replaced; the note names what still applies', () => {
    const r = classifyScope(bank({ dora_financial_entity: true }));
    expect(outcome(bank({ dora_financial_entity: true }))).toEqual({
      eu: ['essential', 'NIS2 Art. 3(1)(a)'],
      nl: ['essential', 'Cbw art. 8(1)(f)'],
    });
    for (const regime of ['eu', 'nl'] as const) {
      for (const key of ['duty_of_care', 'incident_reporting'] as const) {
        expect(r.obligations.find((o) => o.regime === regime && o.key === key)?.replaced_by).toMatch(/^DORA/);
      }
      expect(r.obligations.find((o) => o.regime === regime && o.key === 'registration')?.replaced_by).toBeUndefined();
    }
    const note = r.reasons.find((s) => s.key === 'note_dora');
    expect(note?.article).toBe('NIS2 Art. 4(1); Cbw arts. 22, 31');
    expect(note?.text.nl).toMatch(/Wat onder NIS2 blijft gelden: .*registratieplicht \(NIS2 Art\. 3\(4\)\)/);
    expect(note?.text.nl).toMatch(/Onder de Cbw: .*registratieplicht \(Cbw art\. 44\)/);
    expect(note?.text.nl).not.toMatch(/zorgplicht \(/);
  });

  it.each<[string, ScopeInput, [string, string], [string, string]]>([
    [
      'NIS2 Art. 2(10); Cbw art. 7: exempted from DORA under its Art. 2(4)',
      bank({ dora_exempted_2_4: true }),
      ['out_of_scope', 'NIS2 Art. 2(10)'],
      ['out_of_scope', 'Cbw art. 7'],
    ],
    [
      'NIS2 Art. 2(10); Cbw art. 7: the exclusion beats a CER designation',
      bank({ dora_exempted_2_4: true, designated_critical_entity_cer: true }),
      ['out_of_scope', 'NIS2 Art. 2(10)'],
      ['out_of_scope', 'Cbw art. 7'],
    ],
    [
      'NIS2 Art. 2(8): a Member State exemption keeps the class',
      inputFor('I.8.4', 'large', { national_security_exempted: true }),
      ['essential', 'NIS2 Art. 3(1)(a)'],
      ['essential', 'Cbw art. 8(1)(f)'],
    ],
  ])('%s', (_name, input, eu, nl) => {
    expect(outcome(input)).toEqual({ eu, nl });
  });

  it('NIS2 Art. 2(8): the exempted duties are marked, the others stay', () => {
    const r = classifyScope(inputFor('I.8.4', 'large', { national_security_exempted: true }));
    const by = (regime: string, key: string) =>
      r.obligations.find((o) => o.regime === regime && o.key === key)?.exempted_by;
    expect(by('eu', 'duty_of_care')).toBe('NIS2 Art. 2(8)');
    expect(by('eu', 'incident_reporting')).toBe('NIS2 Art. 2(8)');
    expect(by('nl', 'duty_of_care')).toBe('Cbw art. 23 (ontheffing zorgplicht; NIS2 Art. 2(8))');
    expect(by('nl', 'incident_reporting')).toBe('Cbw art. 32 (ontheffing meldplicht; NIS2 Art. 2(8))');
    expect(by('nl', 'registration')).toBeUndefined();
    expect(r.reasons.map((s) => s.key)).toContain('note_national_security_exemption');
  });

  it('NIS2 Art. 2(9); Cbw arts. 23(2), 32(2): no exemption for a trust service provider', () => {
    const r = classifyScope(inputFor('I.8.7', 'large', { national_security_exempted: true }));
    expect(r.obligations.some((o) => o.exempted_by)).toBe(false);
    expect(r.reasons.find((s) => s.key === 'note_national_security_exemption_not_for_tsp')?.article).toBe(
      'NIS2 Art. 2(9); Cbw arts. 23(2), 32(2)',
    );
  });
});

describe('unknown group and previous period', () => {
  const unknowns = (extra: Record<string, unknown>, own: ReturnType<typeof figures>) =>
    ScopeInputWithUnknownsSchema.parse({ sector: 'Energy', entity_type_ref: 'I.1.a.2', ...own, ...extra });

  it.each([
    [
      'Annex Art. 6(2): an unknown group can only add (small own → small and up)',
      { linked_enterprises: 'unknown' },
      FIGURES.small,
      ['small', 'medium', 'large'],
    ],
    [
      'Annex Art. 6(2): an unknown group cannot change a large own class',
      { linked_enterprises: 'unknown' },
      FIGURES.large,
      ['large'],
    ],
    [
      'Annex Art. 4(2): an unknown previous period can make any class the one held',
      { previous_period: 'unknown' },
      FIGURES.medium,
      ['micro', 'small', 'medium', 'large'],
    ],
    [
      'Annex Art. 4(2): a known previous period and a known group give one class',
      { previous_period: FIGURES.large, linked_enterprises: [linked(300, 1, 1)] },
      FIGURES.small,
      ['large'],
    ],
  ] as const)('%s', (_name, extra, own, expected) => {
    expect(possibleSizeClassesOf(unknowns(extra, own))).toEqual(expected);
  });

  it('the group question matters for a small Annex I entity and not for a large one (depends_on)', () => {
    expect(classifyWithUnknowns(unknowns({ linked_enterprises: 'unknown' }, FIGURES.small)).depends_on).toEqual([
      'linked_enterprises',
    ]);
    const large = evaluateScope(unknowns({ linked_enterprises: 'unknown' }, FIGURES.large));
    expect(large.outcome).toBe('definite');
  });

  it('an unknown previous period for a size-independent type changes nothing: definite', () => {
    const r = evaluateScope(
      ScopeInputWithUnknownsSchema.parse({
        sector: 'Digital infrastructure',
        entity_type_ref: 'I.8.2',
        ...FIGURES.small,
        previous_period: 'unknown',
      }),
    );
    expect(r).toMatchObject({ outcome: 'definite', eu: { classification: 'essential' } });
    if (r.outcome === 'definite') expect(r.size).toBeUndefined(); // stand-in figures are not shown
  });
});

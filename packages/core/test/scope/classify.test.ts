// Own cases for every branch of the decision flow (EU baseline and Cbw) and every size boundary.
import { describe, expect, it } from 'vitest';
import { ScopeResultSchema, classifyScope, type ScopeInput, type ScopeResult } from '../../src/scope/index.ts';
import { FIGURES, inputFor } from './scope-test-helpers.ts';

type Expected = [classification: ScopeResult['eu']['classification'], decidedBy: string];

function outcome(input: ScopeInput): { eu: Expected; nl: Expected } {
  const r = classifyScope(input);
  return { eu: [r.eu.classification, r.eu.decided_by], nl: [r.nl.classification, r.nl.decided_by] };
}

const M = 1_000_000;

describe('decision flow: one case per branch', () => {
  it.each<[string, ScopeInput, Expected, Expected]>([
    // Exclusions
    [
      'national-security PAE (NIS2 Art. 2(7); Cbw art. 5)',
      inputFor('I.10.1', 'large', { public_administration: 'central', national_security_pae: true }),
      ['out_of_scope', 'NIS2 Art. 2(7)'],
      ['out_of_scope', 'Cbw art. 5'],
    ],
    [
      'national-security body acting as qualified TSP: NIS2 Art. 2(9) and Cbw art. 5 keep trust services in',
      inputFor('I.8.7', 'small', { national_security_pae: true, qualified_trust_service_provider: true }),
      ['essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(ii))'],
      ['essential', 'Cbw art. 8(1)(a)'],
    ],
    [
      'exclusion beats every hook (CER critical entity that is a national-security PAE)',
      inputFor('I.10.1', 'large', { national_security_pae: true, designated_critical_entity_cer: true }),
      ['out_of_scope', 'NIS2 Art. 2(7)'],
      ['out_of_scope', 'Cbw art. 5'],
    ],
    [
      'root name server operator, even if large',
      inputFor('I.8.2', 'large', { root_name_server_operator: true }),
      ['out_of_scope', 'NIS2 Annex I point 8 (root name servers excluded)'],
      ['out_of_scope', 'Cbw art. 6'],
    ],
    // CER critical entities
    [
      'CER critical entity, micro, Annex I type',
      inputFor('I.6.1', 'micro', { designated_critical_entity_cer: true }),
      ['essential', 'NIS2 Art. 3(1)(f) (scope: Art. 2(3))'],
      ['essential', 'Cbw art. 8(1)(i)'],
    ],
    [
      'CER-only type (public transport) via X.CER',
      inputFor('X.CER', 'small', {}, { sector: 'Transport', subsector: 'Public transport' }),
      ['essential', 'NIS2 Art. 3(1)(f) (scope: Art. 2(3))'],
      ['essential', 'Cbw art. 8(1)(i)'],
    ],
    [
      'CER critical entity of a type outside the annexes (X.OTHER + flag)',
      inputFor('X.OTHER', 'micro', { designated_critical_entity_cer: true }),
      ['essential', 'NIS2 Art. 3(1)(f) (scope: Art. 2(3))'],
      ['essential', 'Cbw art. 8(1)(i)'],
    ],
    // Size-independent digital infrastructure
    [
      'qualified trust service provider, micro',
      inputFor('I.8.7', 'micro', { trust_service_provider: true, qualified_trust_service_provider: true }),
      ['essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(ii))'],
      ['essential', 'Cbw art. 8(1)(a)'],
    ],
    [
      'TLD name registry, micro, picked by entity type only',
      inputFor('I.8.3', 'micro'),
      ['essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(iii))'],
      ['essential', 'Cbw art. 8(1)(b)'],
    ],
    [
      'DNS service provider, micro',
      inputFor('I.8.2', 'micro', { dns_service_provider: true }),
      ['essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(iii))'],
      ['essential', 'Cbw art. 8(1)(c)'],
    ],
    [
      'DNS flag on another entity type (a large DSO that also runs DNS)',
      inputFor('I.1.a.2', 'small', { dns_service_provider: true }),
      ['essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(iii))'],
      ['essential', 'Cbw art. 8(1)(c)'],
    ],
    // Public administration levels
    [
      'central government PAE (entity type alone)',
      inputFor('I.10.1', { employees: 5, annual_turnover_eur: 0, balance_sheet_total_eur: 0 }),
      ['essential', 'NIS2 Art. 3(1)(d) (scope: Art. 2(2)(f)(i))'],
      ['essential', 'Cbw art. 8(1)(g)'],
    ],
    [
      'regional PAE without positive risk-based assessment: NL deviation, essential',
      inputFor('I.10.2', 'large', { public_administration: 'regional' }),
      ['out_of_scope', 'NIS2 Art. 2(2)(f)(ii) (no positive risk-based assessment)'],
      ['essential', 'Cbw art. 8(1)(h)'],
    ],
    [
      'regional PAE after positive assessment',
      inputFor('I.10.2', 'large', { public_administration: 'regional', regional_risk_assessment_positive: true }),
      ['important', 'NIS2 Art. 3(2) (scope: Art. 2(2)(f)(ii))'],
      ['essential', 'Cbw art. 8(1)(h)'],
    ],
    [
      'regional PAE identified as essential (Art. 2(2)(b)-(e)) outranks the risk-based route',
      inputFor('I.10.2', 'large', {
        public_administration: 'regional',
        regional_risk_assessment_positive: true,
        member_state_identified_2_2_b_to_e: 'essential',
      }),
      ['essential', 'NIS2 Art. 3(1)(e) (scope: Art. 2(2)(b)-(e))'],
      ['essential', 'Cbw art. 8(1)(h)'],
    ],
    [
      'municipality (local PAE, X.LOCAL): EU option not used, NL essential',
      inputFor('X.LOCAL', { employees: 900, annual_turnover_eur: 0, balance_sheet_total_eur: 0 }),
      ['out_of_scope', 'NIS2 Art. 2(5)(a) (Member State option)'],
      ['essential', 'Cbw art. 8(1)(h)'],
    ],
    [
      'water board answered as local on the regional entity type: the flag wins',
      inputFor('I.10.2', 'large', { public_administration: 'local' }),
      ['out_of_scope', 'NIS2 Art. 2(5)(a) (Member State option)'],
      ['essential', 'Cbw art. 8(1)(h)'],
    ],
    [
      'PAE flag on a size-capped type: the size cap is not applied to a PAE',
      inputFor('I.6.1', 'large', { public_administration: 'local' }),
      ['out_of_scope', 'NIS2 Art. 2(5)(a) (Member State option)'],
      ['essential', 'Cbw art. 8(1)(h)'],
    ],
    // Member State identification
    [
      'identified as important, small: NL designates always as essential',
      inputFor('II.3.1', 'small', { member_state_identified_2_2_b_to_e: 'important' }),
      ['important', 'NIS2 Art. 3(2) (scope: Art. 2(2)(b)-(e))'],
      ['essential', 'Cbw art. 9(1) (designation is always as essential)'],
    ],
    [
      'identified as essential, micro',
      inputFor('I.8.4', 'micro', { member_state_identified_2_2_b_to_e: 'essential' }),
      ['essential', 'NIS2 Art. 3(1)(e) (scope: Art. 2(2)(b)-(e))'],
      ['essential', 'Cbw art. 9(1) (designation is always as essential)'],
    ],
    [
      'identified as important but large Annex I: Art. 3(1)(a) makes it essential anyway',
      inputFor('I.5.1', 'large', { member_state_identified_2_2_b_to_e: 'important' }),
      ['essential', 'NIS2 Art. 3(1)(a)'],
      ['essential', 'Cbw art. 9(1) (designation is always as essential)'],
    ],
    [
      'sole-provider claim without identification has no effect',
      inputFor('II.3.1', 'small', { sole_provider_in_member_state: true }),
      ['out_of_scope', 'NIS2 Art. 2(1) (below size cap)'],
      ['out_of_scope', 'Cbw arts. 8(1)(f)/12(1)(a)-(b) (below size cap)'],
    ],
    // Former operators of essential services
    [
      'former OES retained, small',
      inputFor('I.2.b.1', 'small', { oes_before_2023_retained: true }),
      ['essential', 'NIS2 Art. 3(1)(g)'],
      ['essential', 'Cbw art. 10'],
    ],
    // Electronic communications
    [
      'public ECN provider, micro',
      inputFor('I.8.8', 'micro', { public_electronic_communications_network: true }),
      ['important', 'NIS2 Art. 3(2)'],
      ['important', 'Cbw art. 12(1)(c)'],
    ],
    [
      'public ECS provider, small',
      inputFor('I.8.9', 'small', { publicly_available_ecs: true }),
      ['important', 'NIS2 Art. 3(2)'],
      ['important', 'Cbw art. 12(1)(d)'],
    ],
    [
      'public ECN provider, medium',
      inputFor('I.8.8', 'medium'),
      ['essential', 'NIS2 Art. 3(1)(c)'],
      ['essential', 'Cbw art. 8(1)(d)'],
    ],
    [
      'public ECS provider, medium',
      inputFor('I.8.9', 'medium'),
      ['essential', 'NIS2 Art. 3(1)(c)'],
      ['essential', 'Cbw art. 8(1)(e)'],
    ],
    [
      'public ECN provider, large',
      inputFor('I.8.8', 'large'),
      ['essential', 'NIS2 Art. 3(1)(a)'],
      ['essential', 'Cbw art. 8(1)(f)'],
    ],
    // Non-qualified trust service providers
    [
      'non-qualified TSP, micro',
      inputFor('I.8.7', 'micro', { trust_service_provider: true }),
      ['important', 'NIS2 Art. 3(2)'],
      ['important', 'Cbw art. 12(1)(e)'],
    ],
    [
      'non-qualified TSP, small (entity type only)',
      inputFor('I.8.7', 'small'),
      ['important', 'NIS2 Art. 3(2)'],
      ['important', 'Cbw art. 12(1)(e)'],
    ],
    [
      'non-qualified TSP, large',
      inputFor('I.8.7', 'large', { trust_service_provider: true }),
      ['essential', 'NIS2 Art. 3(1)(a)'],
      ['essential', 'Cbw art. 8(1)(f)'],
    ],
    // Domain name registration services
    [
      'domain name registrar, large: still registration-data regime only',
      inputFor('X.DRS', 'large', { domain_name_registration_service: true }),
      ['out_of_scope', 'NIS2 Art. 2(4) + Art. 28 (registration-data regime only; Art. 3(3), 27 apply)'],
      ['out_of_scope', 'Cbw arts. 4(4), 44, 47(2), 49-50 (registration-data regime only)'],
    ],
    [
      'registrar that is also a medium cloud provider: the size cap brings it in',
      inputFor('I.8.4', 'medium', { domain_name_registration_service: true }),
      ['important', 'NIS2 Art. 3(2) (scope: Art. 2(1))'],
      ['important', 'Cbw art. 12(1)(a)'],
    ],
    // Education
    [
      'university without designation',
      inputFor('X.EDU', 'large', { higher_education_institution: true }),
      ['out_of_scope', 'NIS2 Art. 2(5)(b) (Member State option)'],
      ['out_of_scope', 'Cbw arts. 11, 13 (no designation by the Minister of OCW)'],
    ],
    [
      'university designated essential by OCW',
      inputFor('X.EDU', 'large', { higher_education_institution: true, nl_ocw_designation: 'essential' }),
      ['out_of_scope', 'NIS2 Art. 2(5)(b) (Member State option)'],
      ['essential', 'Cbw art. 11'],
    ],
    [
      'university designated important by OCW',
      inputFor('X.EDU', 'medium', { nl_ocw_designation: 'important' }),
      ['out_of_scope', 'NIS2 Art. 2(5)(b) (Member State option)'],
      ['important', 'Cbw art. 13'],
    ],
    [
      'university answered as research organisation: not a research organisation (Art. 6(41))',
      inputFor('II.7.1', 'large', { higher_education_institution: true }),
      ['out_of_scope', 'NIS2 Art. 2(5)(b) (Member State option)'],
      ['out_of_scope', 'Cbw arts. 11, 13 (no designation by the Minister of OCW)'],
    ],
    [
      'research organisation, medium',
      inputFor('II.7.1', 'medium'),
      ['important', 'NIS2 Art. 3(2) (scope: Art. 2(1))'],
      ['important', 'Cbw art. 12(1)(b)'],
    ],
    // Size cap
    [
      'Annex I, micro',
      inputFor('I.1.a.4', 'micro'),
      ['out_of_scope', 'NIS2 Art. 2(1) (below size cap)'],
      ['out_of_scope', 'Cbw arts. 8(1)(f)/12(1)(a)-(b) (below size cap)'],
    ],
    [
      'Annex I, small (cloud: no size exemption)',
      inputFor('I.8.4', 'small'),
      ['out_of_scope', 'NIS2 Art. 2(1) (below size cap)'],
      ['out_of_scope', 'Cbw arts. 8(1)(f)/12(1)(a)-(b) (below size cap)'],
    ],
    [
      'Annex I, medium',
      inputFor('I.8.4', 'medium'),
      ['important', 'NIS2 Art. 3(2) (scope: Art. 2(1))'],
      ['important', 'Cbw art. 12(1)(a)'],
    ],
    [
      'Annex I, large',
      inputFor('I.3.1', 'large'),
      ['essential', 'NIS2 Art. 3(1)(a)'],
      ['essential', 'Cbw art. 8(1)(f)'],
    ],
    [
      'Annex II, small',
      inputFor('II.6.2', 'small'),
      ['out_of_scope', 'NIS2 Art. 2(1) (below size cap)'],
      ['out_of_scope', 'Cbw arts. 8(1)(f)/12(1)(a)-(b) (below size cap)'],
    ],
    [
      'Annex II, medium',
      inputFor('II.5.e.1', 'medium'),
      ['important', 'NIS2 Art. 3(2) (scope: Art. 2(1))'],
      ['important', 'Cbw art. 12(1)(b)'],
    ],
    [
      'Annex II, large',
      inputFor('II.6.3', 'large'),
      ['important', 'NIS2 Art. 3(2) (scope: Art. 2(1))'],
      ['important', 'Cbw art. 12(1)(b)'],
    ],
    // Not listed
    [
      'not in Annex I or II',
      inputFor('X.OTHER', 'large'),
      ['out_of_scope', 'NIS2 Art. 2(1) (not in Annex I or II)'],
      ['out_of_scope', 'Cbw arts. 8, 12 (not in bijlage 1 or 2)'],
    ],
  ])('%s', (_title, input, eu, nl) => {
    expect(outcome(input)).toEqual({ eu, nl });
  });
});

describe('size boundaries through the whole engine (Annex I healthcare provider I.5.1)', () => {
  const at = (employees: number, annual_turnover_eur: number, balance_sheet_total_eur: number) =>
    classifyScope(inputFor('I.5.1', { employees, annual_turnover_eur, balance_sheet_total_eur }));

  it.each([
    [9, 1 * M, 1 * M, 'micro', 'out_of_scope'],
    [10, 1 * M, 1 * M, 'small', 'out_of_scope'],
    [49, 1 * M, 1 * M, 'small', 'out_of_scope'],
    [50, 1 * M, 1 * M, 'medium', 'important'],
    [249, 1 * M, 1 * M, 'medium', 'important'],
    [250, 1 * M, 1 * M, 'large', 'essential'],
    [8, 2 * M, 2 * M, 'micro', 'out_of_scope'],
    [8, 2 * M + 1, 2 * M + 1, 'small', 'out_of_scope'],
    [8, 10 * M, 10 * M + 1, 'small', 'out_of_scope'],
    [8, 10 * M + 1, 10 * M + 1, 'medium', 'important'],
    [40, 10 * M + 1, 10 * M, 'small', 'out_of_scope'],
    [100, 50 * M, 43 * M + 1, 'medium', 'important'],
    [100, 50 * M + 1, 43 * M, 'medium', 'important'],
    [100, 50 * M + 1, 43 * M + 1, 'large', 'essential'],
    [249, 50_000_001, 43_000_001, 'large', 'essential'],
  ] as const)('%d AWU, turnover %d, balance %d → %s, %s', (employees, turnover, balance, size, classification) => {
    const r = at(employees, turnover, balance);
    expect(r.size_class).toBe(size);
    expect(r.eu.classification).toBe(classification);
    expect(r.nl.classification).toBe(classification);
  });
});

describe('reasons', () => {
  it('start with the size class and mark exactly one decisive finding per regime', () => {
    const r = classifyScope(inputFor('I.8.3', 'large', { dns_service_provider: true }));
    expect(ScopeResultSchema.parse(r)).toEqual(r);
    expect(r.reasons[0]).toMatchObject({
      key: 'size_class',
      regime: 'both',
      article: 'Rec. 2003/361/EC Annex Art. 2',
      params: { size_class: 'large' },
    });
    for (const regime of ['eu', 'nl'] as const) {
      const decisive = r.reasons.filter((s) => s.regime === regime && s.decisive);
      expect(decisive).toHaveLength(1);
      expect(decisive[0]?.article).toBe(r[regime].decided_by);
      expect(decisive[0]?.classification).toBe(r[regime].classification);
    }
    // every finding that applied is listed, in precedence order: TLD before DNS
    expect(r.reasons.filter((s) => s.regime === 'eu').map((s) => s.key)).toEqual([
      'eu.tld_name_registry',
      'eu.dns_service_provider',
    ]);
    for (const s of r.reasons) {
      expect(s.article).not.toBe('');
      expect(s.text.en).not.toBe('');
      expect(s.text.nl).not.toBe('');
    }
  });

  it('name the small-enterprise test and the Dutch size label', () => {
    const r = classifyScope(
      inputFor('I.6.1', { employees: 40, annual_turnover_eur: 10 * M, balance_sheet_total_eur: 25 * M }),
    );
    expect(r.reasons[0]?.article).toBe('Rec. 2003/361/EC Annex Art. 2(2)');
    expect(r.reasons[0]?.text.nl).toContain('kleine onderneming');
    expect(r.reasons[0]?.text.en).toContain('fewer than 50 AWU');
  });

  it('ask for group figures unless they are already aggregated', () => {
    const keys = (input: ScopeInput) => classifyScope(input).reasons.map((s) => s.key);
    expect(keys(inputFor('I.5.1', 'medium'))).toContain('size_class_group_figures');
    expect(keys(inputFor('I.5.1', 'medium', { group_aggregated: true }))).not.toContain('size_class_group_figures');
    expect(keys(inputFor('I.5.1', 'medium', { public_body_control_25pct: true }))).toContain(
      'size_class_public_body_control',
    );
  });

  it('do not size-test a public administration', () => {
    const r = classifyScope(inputFor('I.10.1', 'large'));
    expect(r.size_class).toBe('not_applicable');
    expect(r.reasons[0]?.key).toBe('size_class_not_applicable');
  });

  it('note that a sole-provider claim needs identification, and that DORA applies', () => {
    const keys = classifyScope(
      inputFor('I.3.1', 'medium', { sole_provider_in_member_state: true, dora_financial_entity: true }),
    ).reasons.map((s) => s.key);
    expect(keys).toContain('note_sole_provider_needs_identification');
    expect(keys).toContain('note_dora');
  });
});

describe('obligations', () => {
  const find = (r: ScopeResult, regime: 'eu' | 'nl', key: string) =>
    r.obligations.find((o) => o.regime === regime && o.key === key);

  it('essential: zorgplicht, meldplicht, registratieplicht, bestuur, ex ante supervision, EUR 10 m / 2 %', () => {
    const r = classifyScope(inputFor('I.1.a.2', 'large'));
    expect(r.obligations.filter((o) => o.regime === 'eu').map((o) => o.key)).toEqual([
      'duty_of_care',
      'incident_reporting',
      'registration',
      'management_body',
      'supervision',
      'fines',
    ]);
    expect(find(r, 'eu', 'duty_of_care')).toMatchObject({ article: 'NIS2 Art. 21', label: { nl: 'zorgplicht' } });
    expect(find(r, 'nl', 'duty_of_care')).toMatchObject({ article: 'Cbw art. 21' });
    expect(find(r, 'eu', 'incident_reporting')).toMatchObject({
      article: 'NIS2 Art. 23',
      label: { nl: 'meldplicht' },
      params: { early_warning_hours: 24, incident_notification_hours: 72 },
    });
    expect(find(r, 'nl', 'incident_reporting')?.article).toBe('Cbw arts. 25-29');
    expect(find(r, 'eu', 'registration')).toMatchObject({
      article: 'NIS2 Art. 3(4)',
      label: { nl: 'registratieplicht' },
      params: { change_deadline_days: 14 },
    });
    expect(find(r, 'nl', 'registration')?.article).toBe('Cbw art. 44');
    expect(find(r, 'eu', 'management_body')?.article).toBe('NIS2 Art. 20');
    expect(find(r, 'nl', 'management_body')).toMatchObject({
      article: 'Cbw art. 24',
      params: { certificate_required: true, deadline_years: 2, personal_fine_max_eur: 25_000 },
    });
    expect(find(r, 'eu', 'supervision')).toMatchObject({
      article: 'NIS2 Art. 32',
      params: { regime: 'ex_ante_and_ex_post' },
    });
    expect(find(r, 'nl', 'supervision')).toMatchObject({
      article: 'Cbw arts. 68-72',
      params: { regime: 'ex_ante_and_ex_post' },
    });
    expect(find(r, 'eu', 'fines')).toMatchObject({
      article: 'NIS2 Art. 34(4)',
      params: { max_eur: 10_000_000, max_pct_worldwide_turnover: 2 },
    });
    expect(find(r, 'nl', 'fines')).toMatchObject({
      article: 'Cbw art. 80(3)',
      params: { max_eur: 10_000_000, other_breaches_max_eur: 1_000_000 },
    });
  });

  it('important: ex post supervision only, EUR 7 m / 1.4 %', () => {
    const r = classifyScope(inputFor('II.1.1', 'medium'));
    expect(find(r, 'eu', 'supervision')).toMatchObject({ article: 'NIS2 Art. 33', params: { regime: 'ex_post' } });
    expect(find(r, 'nl', 'supervision')).toMatchObject({ article: 'Cbw arts. 81-87', params: { regime: 'ex_post' } });
    expect(find(r, 'eu', 'fines')).toMatchObject({
      article: 'NIS2 Art. 34(5)',
      params: { max_eur: 7_000_000, max_pct_worldwide_turnover: 1.4 },
    });
  });

  it('differ per regime when the classification differs (province: EU out, NL essential)', () => {
    const r = classifyScope(inputFor('I.10.2', 'large', { public_administration: 'regional' }));
    expect(r.obligations.filter((o) => o.regime === 'eu')).toEqual([]);
    expect(find(r, 'nl', 'supervision')?.params).toMatchObject({ regime: 'ex_ante_and_ex_post' });
  });

  it('out of scope: none', () => {
    expect(classifyScope(inputFor('I.5.1', 'small')).obligations).toEqual([]);
  });

  it('domain name registrar: registration, ENISA registry and registration data only', () => {
    const r = classifyScope(inputFor('X.DRS', 'micro', { domain_name_registration_service: true }));
    expect(r.obligations.filter((o) => o.regime === 'eu').map((o) => [o.key, o.article])).toEqual([
      ['registration', 'NIS2 Art. 3(4)'],
      ['enisa_registration', 'NIS2 Art. 27'],
      ['domain_registration_data', 'NIS2 Art. 28'],
    ]);
    expect(r.obligations.filter((o) => o.regime === 'nl').map((o) => [o.key, o.article])).toEqual([
      ['registration', 'Cbw art. 44'],
      ['enisa_registration', 'Cbw art. 47'],
      ['domain_registration_data', 'Cbw arts. 49-50'],
    ]);
  });

  it('TLD registry: also the registration-data duties; cloud: ENISA registry', () => {
    expect(find(classifyScope(inputFor('I.8.3', 'micro')), 'eu', 'domain_registration_data')).toBeDefined();
    expect(find(classifyScope(inputFor('I.8.4', 'medium')), 'eu', 'enisa_registration')?.article).toBe('NIS2 Art. 27');
    expect(find(classifyScope(inputFor('I.5.1', 'medium')), 'eu', 'enisa_registration')).toBeUndefined();
  });

  it('trust service providers notify within 24 h when the incident affects the trust service (NIS2 Art. 23(4) last subpara.; Cbw art. 27(2))', () => {
    const r = classifyScope(inputFor('I.8.7', 'small'));
    expect(find(r, 'eu', 'incident_reporting')?.params).toMatchObject({
      incident_notification_hours: 72,
      trust_service_incident_notification_hours: 24,
      trust_service_derogation: 'NIS2 Art. 23(4) last subpara.',
    });
    expect(find(r, 'nl', 'incident_reporting')?.params).toMatchObject({
      incident_notification_hours: 72,
      trust_service_incident_notification_hours: 24,
      trust_service_derogation: 'Cbw art. 27(2)',
    });
    expect(find(r, 'eu', 'duty_of_care')?.params).toEqual({ implementing_regulation: 'Impl. Reg. (EU) 2024/2690' });
  });

  it('DORA replaces zorgplicht and meldplicht (NIS2 Art. 4; Cbw arts. 22, 31) and Cbw art. 24 (art. 24(13))', () => {
    const r = classifyScope(inputFor('I.3.1', 'large', { dora_financial_entity: true }));
    expect(r.eu.classification).toBe('essential');
    expect(find(r, 'eu', 'duty_of_care')?.replaced_by).toBe('DORA (Reg. (EU) 2022/2554) — NIS2 Art. 4');
    expect(find(r, 'eu', 'incident_reporting')?.replaced_by).toBe('DORA (Reg. (EU) 2022/2554) — NIS2 Art. 4');
    expect(find(r, 'nl', 'duty_of_care')?.replaced_by).toBe('DORA (Reg. (EU) 2022/2554) — Cbw art. 22');
    expect(find(r, 'nl', 'incident_reporting')?.replaced_by).toBe('DORA (Reg. (EU) 2022/2554) — Cbw art. 31');
    expect(find(r, 'nl', 'management_body')?.replaced_by).toBe('DORA (Reg. (EU) 2022/2554) — Cbw art. 24(13)');
    expect(find(r, 'eu', 'registration')?.replaced_by).toBeUndefined();
    expect(find(classifyScope(inputFor('I.3.1', 'large')), 'eu', 'duty_of_care')?.replaced_by).toBeUndefined();
  });

  it('critical entities get the CER resilience duties, except in the CER Art. 8 sectors', () => {
    const food = classifyScope(inputFor('II.4.1', 'small', { designated_critical_entity_cer: true }));
    expect(find(food, 'eu', 'critical_entity_resilience')).toMatchObject({ article: 'CER Arts. 12-15' });
    expect(find(food, 'eu', 'critical_entity_resilience')?.replaced_by).toBeUndefined();
    const bank = classifyScope(inputFor('I.3.1', 'large', { designated_critical_entity_cer: true }));
    expect(find(bank, 'nl', 'critical_entity_resilience')?.replaced_by).toBe(
      'CER Art. 8 (Chapter III does not apply in this sector)',
    );
  });

  it('fit the result schema', () => {
    const r = classifyScope(inputFor('X.DRS', 'micro'));
    expect(ScopeResultSchema.safeParse(r).success).toBe(true);
    expect(FIGURES.micro.employees).toBeLessThan(10);
  });
});

// The obligation texts and parameters checked against the law's own words (issue 17, items 10, 11 and 15).
// Sources: NIS2 (OJ L 333, 27.12.2022, Dutch and English text) and the Cyberbeveiligingswet as enacted
// (Stb. 2026, 187, read in a third-party copy of the Staatsblad XML; not yet confirmed on wetten.overheid.nl).
import { describe, expect, it } from 'vitest';
import { classifyScope, type Obligation, type ScopeInput } from '../../src/scope/index.ts';
import { inputFor } from './scope-test-helpers.ts';

type Regime = 'eu' | 'nl';

function obligationOf(input: ScopeInput, regime: Regime, key: Obligation['key']): Obligation {
  const found = classifyScope(input).obligations.find((o) => o.regime === regime && o.key === key);
  if (!found) throw new Error(`no ${regime} ${key} obligation`);
  return found;
}

const LARGE_ENERGY = inputFor('I.1.a.2', 'large'); // essential in both regimes
const MEDIUM_ANNEX_II = inputFor('II.1.1', 'medium'); // important in both regimes
const TRUST_SERVICE_PROVIDER = inputFor('I.8.7', 'small'); // important in both regimes
const QUALIFIED_TSP = inputFor('I.8.7', 'small', { qualified_trust_service_provider: true }); // essential
const REGISTRAR = inputFor('X.DRS', 'micro', { domain_name_registration_service: true }); // registration only
const TLD_REGISTRY = inputFor('I.8.3', 'micro');
const CLOUD = inputFor('I.8.4', 'medium');

describe('item 10: the 24 h notification of a trust service provider holds only for incidents that affect the trust service', () => {
  it.each<[name: string, input: ScopeInput, regime: Regime, derogation: string, nl: string, en: string]>([
    [
      'NIS2 Art. 23(4) second subparagraph (non-qualified TSP)',
      TRUST_SERVICE_PROVIDER,
      'eu',
      'NIS2 Art. 23(4) last subpara.',
      'Heeft het incident gevolgen voor de verlening van uw vertrouwensdienst? Dan doet u de incidentmelding onverwijld en in elk geval binnen 24 uur.',
      'If the incident affects the provision of your trust service, submit the incident notification without undue delay and in any event within 24 hours.',
    ],
    [
      'Cbw art. 27(2) (non-qualified TSP)',
      TRUST_SERVICE_PROVIDER,
      'nl',
      'Cbw art. 27(2)',
      'Heeft het incident gevolgen voor de verlening van uw vertrouwensdienst? Dan doet u de incidentmelding onverwijld of, indien dat niet mogelijk is, binnen 24 uur.',
      'If the incident affects the provision of your trust service, submit the incident notification without delay or, if that is not possible, within 24 hours.',
    ],
    [
      'NIS2 Art. 23(4) second subparagraph (qualified TSP)',
      QUALIFIED_TSP,
      'eu',
      'NIS2 Art. 23(4) last subpara.',
      'Heeft het incident gevolgen voor de verlening van uw vertrouwensdienst? Dan doet u de incidentmelding onverwijld en in elk geval binnen 24 uur.',
      'If the incident affects the provision of your trust service, submit the incident notification without undue delay and in any event within 24 hours.',
    ],
    [
      'Cbw art. 27(2) (qualified TSP)',
      QUALIFIED_TSP,
      'nl',
      'Cbw art. 27(2)',
      'Heeft het incident gevolgen voor de verlening van uw vertrouwensdienst? Dan doet u de incidentmelding onverwijld of, indien dat niet mogelijk is, binnen 24 uur.',
      'If the incident affects the provision of your trust service, submit the incident notification without delay or, if that is not possible, within 24 hours.',
    ],
  ])('%s: text and params carry the condition', (_name, input, regime, derogation, nl, en) => {
    const o = obligationOf(input, regime, 'incident_reporting');
    expect(o.text.nl).toContain(nl);
    expect(o.text.en).toContain(en);
    // Other incidents of the same provider keep the 72 h of NIS2 Art. 23(4)(b) / Cbw art. 27(1).
    expect(o.text.nl).toMatch(/incidentmelding onverwijld .* binnen 72 uur;/);
    expect(o.text.en).toMatch(/incident notification without .* within 72 hours;/);
    expect(o.params).toMatchObject({
      early_warning_hours: 24,
      incident_notification_hours: 72,
      trust_service_incident_notification_hours: 24,
      trust_service_incident_condition: 'incident_affects_trust_service',
      trust_service_derogation: derogation,
    });
  });

  it.each<[name: string, regime: Regime]>([
    ['NIS2 Art. 23(4)(b): other entities, 72 h and no trust-service clause', 'eu'],
    ['Cbw art. 27(1): other entities, 72 h and no trust-service clause', 'nl'],
  ])('%s', (_name, regime) => {
    const o = obligationOf(LARGE_ENERGY, regime, 'incident_reporting');
    expect(o.text.nl).not.toContain('vertrouwensdienst');
    expect(o.text.en).not.toContain('trust service');
    expect(o.params).toEqual({
      early_warning_hours: 24,
      incident_notification_hours: 72,
      final_report: 'one_month_after_notification',
    });
  });
});

describe('item 11: administrative fines, stated as maxima and with the right article', () => {
  it.each<
    [
      name: string,
      input: ScopeInput,
      regime: Regime,
      article: string,
      nl: string[],
      en: string[],
      params: Record<string, string | number | boolean>,
    ]
  >([
    [
      'Cbw art. 80(3): essential entity, EUR 10 m or 2 %, EUR 1 m for other breaches',
      LARGE_ENERGY,
      'nl',
      'Cbw art. 80(3)',
      [
        'maximaal 10 miljoen euro of 2% van de wereldwijde omzet van het hele concern in het vorige boekjaar, als dat hoger is',
        'art. 21, 21a en 25 tot en met 30',
        'Bij andere overtredingen: maximaal 1 miljoen euro',
      ],
      [
        'at most EUR 10 million or 2 % of the worldwide turnover of the whole group in the previous financial year, if that is higher',
        'arts. 21, 21a and 25 to 30',
        'For other breaches: at most EUR 1 million',
      ],
      { max_eur: 10_000_000, max_pct_worldwide_turnover: 2, other_breaches_max_eur: 1_000_000 },
    ],
    [
      'Cbw art. 87(3): important entity, EUR 7 m or 1.4 %, EUR 1 m for other breaches',
      MEDIUM_ANNEX_II,
      'nl',
      'Cbw art. 87(3)',
      [
        'maximaal 7 miljoen euro of 1,4% van de wereldwijde omzet van het hele concern in het vorige boekjaar, als dat hoger is',
        'art. 21, 21a en 25 tot en met 30',
        'Bij andere overtredingen: maximaal 1 miljoen euro',
      ],
      [
        'at most EUR 7 million or 1.4 % of the worldwide turnover of the whole group in the previous financial year, if that is higher',
        'arts. 21, 21a and 25 to 30',
        'For other breaches: at most EUR 1 million',
      ],
      { max_eur: 7_000_000, max_pct_worldwide_turnover: 1.4, other_breaches_max_eur: 1_000_000 },
    ],
    [
      'NIS2 Art. 34(4): essential entity, only breaches of Art. 21 or 23, amount set by national law',
      LARGE_ENERGY,
      'eu',
      'NIS2 Art. 34(4)',
      [
        'Bij overtreding van de zorgplicht of de meldplicht (art. 21 of 23 NIS2)',
        'De hoogte staat in de wet van het land',
        'maximaal 10 miljoen euro of 2% van de wereldwijde omzet van het hele concern in het vorige boekjaar, als dat hoger is (art. 80 Cbw)',
      ],
      [
        'A breach of the duty of care or the reporting obligation (NIS2 Art. 21 or 23)',
        'The amount is set by national law',
        'at most EUR 10 million or 2 % of the worldwide turnover of the whole group in the previous financial year, if that is higher (Cbw art. 80)',
      ],
      { max_eur: 10_000_000, max_pct_worldwide_turnover: 2, breaches_of: 'NIS2 Arts. 21, 23' },
    ],
    [
      'NIS2 Art. 34(5): important entity, only breaches of Art. 21 or 23, amount set by national law',
      MEDIUM_ANNEX_II,
      'eu',
      'NIS2 Art. 34(5)',
      [
        'Bij overtreding van de zorgplicht of de meldplicht (art. 21 of 23 NIS2)',
        'De hoogte staat in de wet van het land',
        'maximaal 7 miljoen euro of 1,4% van de wereldwijde omzet van het hele concern in het vorige boekjaar, als dat hoger is (art. 87 Cbw)',
      ],
      [
        'A breach of the duty of care or the reporting obligation (NIS2 Art. 21 or 23)',
        'The amount is set by national law',
        'at most EUR 7 million or 1.4 % of the worldwide turnover of the whole group in the previous financial year, if that is higher (Cbw art. 87)',
      ],
      { max_eur: 7_000_000, max_pct_worldwide_turnover: 1.4, breaches_of: 'NIS2 Arts. 21, 23' },
    ],
  ])('%s', (_name, input, regime, article, nl, en, params) => {
    const o = obligationOf(input, regime, 'fines');
    expect(o.article).toBe(article);
    for (const part of nl) expect(o.text.nl).toContain(part);
    for (const part of en) expect(o.text.en).toContain(part);
    expect(o.params).toMatchObject(params);
    // No internal notes and no wording that reads as a minimum fine.
    expect(o.text.nl).not.toMatch(/geverifieerd|ten minste/);
    expect(o.text.en).not.toMatch(/verified|at least/);
  });
});

describe('item 15: the law’s own deadline words and the smaller omissions', () => {
  it.each<[name: string, regime: Regime, nl: string, en: string]>([
    [
      'Cbw art. 26(1): early warning "onverwijld of, indien dat niet mogelijk is, binnen 24 uur"',
      'nl',
      'vroegtijdige waarschuwing onverwijld of, indien dat niet mogelijk is, binnen 24 uur',
      'early warning without delay or, if that is not possible, within 24 hours',
    ],
    [
      'Cbw art. 27(1): notification "onverwijld of, indien dat niet mogelijk is, binnen 72 uur"',
      'nl',
      'incidentmelding onverwijld of, indien dat niet mogelijk is, binnen 72 uur',
      'incident notification without delay or, if that is not possible, within 72 hours',
    ],
    [
      'Cbw art. 29(1): final report "uiterlijk één maand na de melding"',
      'nl',
      'eindverslag uiterlijk een maand na de melding',
      'final report at the latest one month after the notification',
    ],
    [
      'NIS2 Art. 23(4)(a): early warning "onverwijld en in elk geval binnen 24 uur"',
      'eu',
      'vroegtijdige waarschuwing onverwijld en in elk geval binnen 24 uur',
      'early warning without undue delay and in any event within 24 hours',
    ],
    [
      'NIS2 Art. 23(4)(b): notification "onverwijld en in elk geval binnen 72 uur"',
      'eu',
      'incidentmelding onverwijld en in elk geval binnen 72 uur',
      'incident notification without undue delay and in any event within 72 hours',
    ],
    [
      'NIS2 Art. 23(4)(d): final report "uiterlijk één maand na" the notification',
      'eu',
      'eindverslag uiterlijk een maand na de melding',
      'final report at the latest one month after the notification',
    ],
  ])('%s', (_name, regime, nl, en) => {
    const o = obligationOf(LARGE_ENERGY, regime, 'incident_reporting');
    expect(o.text.nl).toContain(nl);
    expect(o.text.en).toContain(en);
  });

  it.each<[name: string, regime: Regime, nl: string, en: string, params: Record<string, string | number>]>([
    [
      'NIS2 Art. 27(2): first submission to the ENISA registry by 17 January 2025',
      'eu',
      'De eerste keer uiterlijk op 17 januari 2025',
      'The first time by 17 January 2025',
      { first_submission_by: '2025-01-17', change_deadline_months: 3 },
    ],
    [
      'Cbw art. 47(4): first submission to the ENISA registry within one month',
      'nl',
      'De eerste keer binnen een maand nadat art. 47 Cbw in werking is getreden, of binnen een maand nadat uw organisatie onder deze plicht valt',
      'The first time within one month after Cbw art. 47 entered into force, or within one month after your organisation comes under this obligation',
      { first_submission_months: 1, change_deadline_months: 3 },
    ],
    [
      'Cbw art. 47(5): ENISA registry changes "onverwijld of in elk geval binnen drie maanden"',
      'nl',
      'wijzigingen onverwijld of in elk geval binnen drie maanden nadat ze van kracht zijn doorgeven (art. 47(5) Cbw)',
      'report changes without delay and in any event within three months after they take effect (Cbw art. 47(5))',
      { change_deadline_months: 3 },
    ],
    [
      'NIS2 Art. 27(3): ENISA registry changes without delay and in any event within three months',
      'eu',
      'wijzigingen onverwijld en in elk geval binnen drie maanden doorgeven (art. 27(3) NIS2)',
      'report changes without delay and in any event within three months (NIS2 Art. 27(3))',
      { change_deadline_months: 3 },
    ],
  ])('%s', (_name, regime, nl, en, params) => {
    for (const input of [CLOUD, REGISTRAR]) {
      const o = obligationOf(input, regime, 'enisa_registration');
      expect(o.text.nl).toContain(nl);
      expect(o.text.en).toContain(en);
      expect(o.params).toMatchObject(params);
    }
  });

  it.each<[name: string, input: ScopeInput, regime: Regime, expected: boolean]>([
    ['Cbw art. 44(1)(e): essential entity', LARGE_ENERGY, 'nl', true],
    ['Cbw art. 44(1)(e): important entity', MEDIUM_ANNEX_II, 'nl', true],
    ['Cbw art. 44(1)(e): domain name registrar ("indien van toepassing")', REGISTRAR, 'nl', true],
    ['NIS2 Art. 29(4): essential entity', LARGE_ENERGY, 'eu', true],
    ['NIS2 Art. 29(4): important entity', MEDIUM_ANNEX_II, 'eu', true],
    ['NIS2 Art. 29(4) binds only essential and important entities: not a registrar', REGISTRAR, 'eu', false],
  ])(
    '%s: joining or leaving an information-sharing arrangement is a registration change',
    (_n, input, regime, expected) => {
      const o = obligationOf(input, regime, 'registration');
      const nl = 'deelname aan of terugtrekking uit een informatie-uitwisselingsregeling';
      const en = 'joining or leaving an information-sharing arrangement';
      if (expected) {
        expect(o.text.nl).toContain(nl);
        expect(o.text.en).toContain(en);
        expect(o.params).toMatchObject({ information_sharing_arrangements: true });
      } else {
        expect(o.text.nl).not.toContain(nl);
        expect(o.text.en).not.toContain(en);
        expect(o.params).not.toHaveProperty('information_sharing_arrangements');
      }
    },
  );

  it.each<[name: string, input: ScopeInput, regime: Regime]>([
    ['NIS2 Art. 28(3): registrar', REGISTRAR, 'eu'],
    ['NIS2 Art. 28(3): TLD name registry', TLD_REGISTRY, 'eu'],
    ['Cbw art. 49(3): registrar', REGISTRAR, 'nl'],
    ['Cbw art. 49(3): TLD name registry', TLD_REGISTRY, 'nl'],
  ])('%s: published policies and procedures, including verification procedures', (_name, input, regime) => {
    const o = obligationOf(input, regime, 'domain_registration_data');
    expect(o.text.nl).toContain(
      'beleid en procedures vaststellen en openbaar maken, waaronder verificatieprocedures, zodat de gegevens juist en volledig zijn',
    );
    expect(o.text.en).toContain(
      'adopt and publish policies and procedures, including verification procedures, so that the data are accurate and complete',
    );
    expect(o.params).toMatchObject({ verification_policies: true });
  });
});

// Items 12-14 and the deadline words of Cbw arts. 44(2) and 50(2). Sources as above: Cbw arts. 24, 44, 50, 70-72,
// 81-87, 93 and 97 read in the copy of Stb. 2026, 187; NIS2 Art. 4(1); CER Arts. 14(1) and 15(1) as summarised in
// the shared domain reference (§5).
const HEI_ESSENTIAL = inputFor('X.EDU', 'large', {
  higher_education_institution: true,
  nl_ocw_designation: 'essential',
});
const HEI_IMPORTANT = inputFor('X.EDU', 'medium', { nl_ocw_designation: 'important' });
const PROVINCE = inputFor('I.10.2', 'large', { public_administration: 'regional' });
const BANK_DORA = inputFor('I.3.1', 'large', { dora_financial_entity: true });
const BANK_DORA_MEDIUM = inputFor('I.3.1', 'medium', { dora_financial_entity: true });
const CRITICAL_FOOD = inputFor('II.4.1', 'small', { designated_critical_entity_cer: true });

describe('item 12: timing and addressees of the duty of care and the board duties', () => {
  it.each<[name: string, input: ScopeInput, key: 'duty_of_care' | 'management_body']>([
    ['Cbw art. 97: art. 21 from 36 months after designation (art. 11, essential)', HEI_ESSENTIAL, 'duty_of_care'],
    ['Cbw art. 97: art. 21 from 36 months after designation (art. 13, important)', HEI_IMPORTANT, 'duty_of_care'],
    ['Cbw art. 97: art. 24 from 36 months after designation (art. 11, essential)', HEI_ESSENTIAL, 'management_body'],
    ['Cbw art. 97: art. 24 from 36 months after designation (art. 13, important)', HEI_IMPORTANT, 'management_body'],
  ])('%s', (_name, input, key) => {
    const o = obligationOf(input, 'nl', key);
    expect(o.text.nl).toContain(
      'Voor een instelling voor hoger onderwijs die de minister van OCW heeft aangewezen, geldt dit pas vanaf 36 maanden na de aanwijzing (art. 97 Cbw).',
    );
    expect(o.text.en).toContain('this applies only from 36 months after the designation (Cbw art. 97)');
    expect(o.params).toMatchObject({ applies_from_months_after_designation: 36, applies_from_article: 'Cbw art. 97' });
    // NIS2 has no such deferral (the institution is outside NIS2's own scope), and other entities do not get it.
    for (const other of classifyScope(input).obligations.filter((x) => x.regime === 'eu'))
      expect(other.text.nl).not.toContain('art. 97');
    expect(obligationOf(LARGE_ENERGY, 'nl', key).text.nl).not.toContain('art. 97');
    expect(obligationOf(LARGE_ENERGY, 'nl', key).params ?? {}).not.toHaveProperty('applies_from_article');
  });

  it.each<[name: string, nl: string, en: string]>([
    [
      'Cbw art. 24(2)(a)-(c): the three topics, including the impact on the services',
      '(c) de gevolgen van die risico’s en maatregelen voor de diensten van de organisatie te beoordelen',
      '(c) assess the impact of those risks and measures on the services of the organisation',
    ],
    [
      'Cbw art. 24(3): two years from the entry into force of art. 24(2), or from a later appointment',
      'Dit moet binnen twee jaar nadat art. 24(2) Cbw in werking is getreden; een bestuurder die later is benoemd, heeft twee jaar vanaf de benoeming.',
      'This applies within two years after Cbw art. 24(2) entered into force; a board member appointed later has two years from the appointment.',
    ],
    [
      'Cbw art. 24(5): a certificate of participation in a training',
      'een certificaat waaruit blijkt dat hij heeft deelgenomen aan een training over deze onderwerpen',
      'a certificate showing participation in a training on these topics',
    ],
    [
      'Cbw art. 24(8): one-tier board, only the executive directors',
      'Dan gelden deze plichten alleen voor de uitvoerende bestuurders (art. 24(8) Cbw)',
      'these duties apply only to the executive directors (Cbw art. 24(8))',
    ],
    [
      'Cbw art. 93: the personal fine of at most EUR 25 000 is in the text',
      'dan kan hij persoonlijk een bestuurlijke boete krijgen van maximaal 25.000 euro (art. 93 Cbw)',
      'can personally be fined up to EUR 25,000 (Cbw art. 93)',
    ],
  ])('%s', (_name, nl, en) => {
    for (const input of [LARGE_ENERGY, MEDIUM_ANNEX_II]) {
      const o = obligationOf(input, 'nl', 'management_body');
      expect(o.text.nl).toContain(nl);
      expect(o.text.en).toContain(en);
      expect(o.params).toMatchObject({
        certificate_required: true,
        certificate_of: 'participation_in_training',
        deadline_years: 2,
        deadline_from: 'entry_into_force_art_24_2_or_appointment',
        personal_fine_max_eur: 25_000,
        personal_fine_article: 'Cbw art. 93',
      });
    }
  });

  it('Cbw art. 24(12): for a public body the text names who counts as the board', () => {
    const o = obligationOf(PROVINCE, 'nl', 'management_body');
    expect(o.text.nl).toContain('bij een provincie gedeputeerde staten');
    expect(o.text.nl).toContain('bij een gemeente het college van burgemeester en wethouders');
    expect(o.text.nl).toContain('(art. 24(12) Cbw)');
    expect(o.text.en).toContain('(Cbw art. 24(12))');
    expect(o.text.nl).not.toContain('art. 24(8)');
    expect(o.params).toMatchObject({ board_definition_article: 'Cbw art. 24(12)' });
  });
});

describe('item 13: supervision per class, who pays, and DORA', () => {
  it.each<[name: string, nl: string, en: string]>([
    [
      'Cbw art. 70(3): the essential entity pays for the monitoring officer',
      'uw organisatie betaalt de kosten van de controlefunctionaris (art. 70)',
      'your organisation pays for the monitoring officer (art. 70)',
    ],
    [
      'Cbw art. 71: the competent authority carries out the security scan, at its own cost',
      'De bevoegde autoriteit kan zelf een beveiligingsscan uitvoeren of laten uitvoeren, op haar eigen kosten (art. 71)',
      'The competent authority can carry out a security scan or have it carried out, at its own cost (art. 71)',
    ],
    [
      'Cbw art. 72(4): the essential entity pays for the audit unless the authority decides otherwise',
      'uw organisatie betaalt de kosten van de audit, tenzij de bevoegde autoriteit vindt dat zij die redelijkerwijs zelf moet dragen (art. 72)',
      'your organisation pays for the audit, unless the competent authority decides that it should reasonably pay itself (art. 72)',
    ],
  ])('%s', (_name, nl, en) => {
    const o = obligationOf(LARGE_ENERGY, 'nl', 'supervision');
    expect(o.article).toBe('Cbw arts. 68-72');
    expect(o.text.nl).toContain(nl);
    expect(o.text.en).toContain(en);
    expect(o.text.nl).not.toContain('beveiligingsscan (art. 71) of een beveiligingsaudit (art. 72) opleggen');
    expect(o.params).toMatchObject({
      monitoring_officer_costs: 'entity',
      security_scan_by: 'competent_authority',
      security_scan_costs: 'competent_authority',
      audit_costs: 'entity_unless_authority_decides_otherwise',
    });
  });

  it.each<[name: string, nl: string, en: string]>([
    ['Cbw art. 81: only on evidence, indications or information', '(art. 81)', '(art. 81)'],
    [
      'Cbw art. 82: security scan at the authority’s cost',
      'op haar eigen kosten (art. 82)',
      'at its own cost (art. 82)',
    ],
    ['Cbw art. 83: audit, costs for the entity unless decided otherwise', 'op kosten van uw organisatie', '(art. 83)'],
    [
      'Cbw art. 84: publication of the breach',
      'de overtreding openbaar te maken (art. 84)',
      'make the breach public (art. 84)',
    ],
    [
      'Cbw art. 85: binding instruction',
      'een bindende aanwijzing geven (art. 85)',
      'give a binding instruction (art. 85)',
    ],
    [
      'Cbw art. 86: order under administrative enforcement',
      'een last onder bestuursdwang opleggen (art. 86)',
      '(art. 86)',
    ],
    ['Cbw art. 87: fine', 'een bestuurlijke boete opleggen (art. 87)', 'impose a fine (art. 87)'],
  ])('%s (important entity)', (_name, nl, en) => {
    const o = obligationOf(MEDIUM_ANNEX_II, 'nl', 'supervision');
    expect(o.article).toBe('Cbw arts. 81-87');
    expect(o.text.nl).toContain(nl);
    expect(o.text.en).toContain(en);
    expect(o.params).toMatchObject({ regime: 'ex_post', audit_costs_article: 'Cbw art. 83(4)' });
  });

  it.each<[name: string, input: ScopeInput, key: 'supervision' | 'fines']>([
    ['NIS2 Art. 4(1): Chapter VII supervision (Art. 32) does not apply with DORA', BANK_DORA, 'supervision'],
    ['NIS2 Art. 4(1): Chapter VII fines (Art. 34(4)) do not apply with DORA', BANK_DORA, 'fines'],
    ['NIS2 Art. 4(1): Chapter VII supervision (Art. 33) does not apply with DORA', BANK_DORA_MEDIUM, 'supervision'],
    ['NIS2 Art. 4(1): Chapter VII fines (Art. 34(5)) do not apply with DORA', BANK_DORA_MEDIUM, 'fines'],
  ])('%s', (_name, input, key) => {
    expect(obligationOf(input, 'eu', key).replaced_by).toBe(
      'DORA (Reg. (EU) 2022/2554) — NIS2 Art. 4(1) (Chapter VII)',
    );
    // The Cbw has no such rule for its supervision chapter; without DORA nothing is replaced.
    expect(obligationOf(input, 'nl', key).replaced_by).toBeUndefined();
    expect(obligationOf(LARGE_ENERGY, 'eu', key).replaced_by).toBeUndefined();
  });
});

describe('item 14: the CER / Wwke duties under their own law', () => {
  it.each<[name: string, regime: Regime, nl: string, en: string]>([
    [
      'CER Art. 15(1): only incidents that significantly disrupt or could disrupt the essential service (EU)',
      'eu',
      'incidenten die de verlening van essentiële diensten aanzienlijk verstoren of kunnen verstoren',
      'incidents that significantly disrupt or could significantly disrupt the provision of essential services',
    ],
    [
      'CER Art. 15(1): only incidents that significantly disrupt or could disrupt the essential service (Wwke)',
      'nl',
      'incidenten die de verlening van essentiële diensten aanzienlijk verstoren of kunnen verstoren',
      'incidents that significantly disrupt or could significantly disrupt the provision of essential services',
    ],
    [
      'CER Art. 15(1): 24 h unless operationally unable, detailed report within one month where relevant',
      'eu',
      'een eerste melding uiterlijk 24 uur nadat u van het incident weet, tenzij u daartoe operationeel niet in staat bent, en waar relevant een gedetailleerd verslag uiterlijk een maand daarna',
      'an initial notification at the latest 24 hours after you become aware of the incident, unless operationally unable, and where relevant a detailed report at the latest one month thereafter',
    ],
    [
      'CER Art. 14(1): background checks are something the entity may request, not a duty',
      'eu',
      'U mag een antecedentenonderzoek aanvragen voor personen in gevoelige functies, onder de voorwaarden die de lidstaat stelt (art. 14(1) CER); dat is geen plicht.',
      'You may request background checks on persons in sensitive roles, under the conditions set by the Member State (CER Art. 14(1)); this is not a duty.',
    ],
    [
      'Wwke: the duties are named under their own law',
      'nl',
      'Als kritieke entiteit heeft u ook plichten uit de Wet weerbaarheid kritieke entiteiten (Wwke)',
      'As critical entity you also have duties under the Dutch Critical Entities Resilience Act (Wwke)',
    ],
  ])('%s', (_name, regime, nl, en) => {
    const o = obligationOf(CRITICAL_FOOD, regime, 'critical_entity_resilience');
    expect(o.text.nl).toContain(nl);
    expect(o.text.en).toContain(en);
    expect(o.text.nl).not.toContain('antecedentenonderzoek waar voorzien');
    expect(o.params).toMatchObject({
      initial_notification_hours: 24,
      detailed_report: 'one_month_where_relevant',
      background_checks: 'may_request',
    });
  });
});

describe('the law’s deadline words for registration changes and domain-data access requests', () => {
  it.each<[name: string, input: ScopeInput]>([
    ['Cbw art. 44(2): "onverwijld of in elk geval binnen twee weken" (essential)', LARGE_ENERGY],
    ['Cbw art. 44(2): "onverwijld of in elk geval binnen twee weken" (registrar)', REGISTRAR],
  ])('%s', (_name, input) => {
    const o = obligationOf(input, 'nl', 'registration');
    expect(o.text.nl).toContain('wijzigingen onverwijld of in elk geval binnen twee weken na de wijziging doorgeven');
    expect(o.text.en).toContain('report changes without delay or in any event within two weeks of the change');
    expect(o.params).toMatchObject({ change_deadline_days: 14 });
  });

  it.each<[name: string, input: ScopeInput]>([
    ['Cbw art. 50(2): "onverwijld of, indien dat niet mogelijk is, binnen 72 uur" (registrar)', REGISTRAR],
    ['Cbw art. 50(2): "onverwijld of, indien dat niet mogelijk is, binnen 72 uur" (TLD registry)', TLD_REGISTRY],
  ])('%s', (_name, input) => {
    const o = obligationOf(input, 'nl', 'domain_registration_data');
    expect(o.text.nl).toContain(
      'Beantwoord rechtmatige verzoeken om toegang onverwijld of, indien dat niet mogelijk is, binnen 72 uur na ontvangst van het verzoek',
    );
    expect(o.text.en).toContain(
      'answer lawful access requests without delay or, if that is not possible, within 72 hours of receipt',
    );
    expect(o.params).toMatchObject({ access_request_hours: 72 });
  });
});

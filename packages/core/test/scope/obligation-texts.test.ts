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

// The obligations that follow from a classification, per regime, each with its article.
// The class itself changes only supervision and the fine ceiling; the duties of Arts. 20, 21 and 23 are the
// same for essential and important entities (reference §1.4).
import {
  isCriticalEntity,
  isDnsServiceProvider,
  isDomainNameRegistrationService,
  isTldNameRegistry,
  isTrustServiceProvider,
  type RuleContext,
} from './facts.ts';
import type { Classification, LocalizedText, Obligation, ObligationKey, Regime } from './scope-result.schema.ts';

export interface ObligationContext extends RuleContext {
  /** The sector the organisation answered (for a critical entity: its CER sector). */
  sector: string;
  /** DORA (Reg. (EU) 2022/2554) applies: a sector-specific act under NIS2 Art. 4 / Cbw arts. 22, 31. */
  dora: boolean;
}

const LABELS: Record<ObligationKey, LocalizedText> = {
  duty_of_care: { nl: 'zorgplicht', en: 'duty of care (cybersecurity risk-management measures)' },
  incident_reporting: { nl: 'meldplicht', en: 'incident reporting obligation' },
  registration: { nl: 'registratieplicht', en: 'registration obligation (national register)' },
  enisa_registration: { nl: 'registratieplicht (ENISA-register)', en: 'registration obligation (ENISA registry)' },
  domain_registration_data: { nl: 'domeinnaamregistratiegegevens', en: 'domain name registration data' },
  management_body: { nl: 'bestuur', en: 'management body: approval, oversight and training' },
  supervision: { nl: 'toezicht', en: 'supervision' },
  fines: { nl: 'bestuurlijke boete', en: 'administrative fine' },
  critical_entity_resilience: { nl: 'weerbaarheid kritieke entiteit', en: 'critical entity resilience' },
};

const DORA = 'DORA (Reg. (EU) 2022/2554)';

// CER Art. 8: critical entities in banking, financial market infrastructure and digital infrastructure are
// identified, but Art. 11 and Chapters III, IV and VI do not apply to them.
const CER_ARTICLE_8_SECTORS = new Set(['Banking', 'Financial market infrastructures', 'Digital infrastructure']);

function obligation(
  key: ObligationKey,
  regime: Regime,
  article: string,
  text: LocalizedText,
  extra: { replaced_by?: string | undefined; params?: Obligation['params'] } = {},
): Obligation {
  const o: Obligation = { key, regime, label: LABELS[key], article, text };
  if (extra.replaced_by) o.replaced_by = extra.replaced_by;
  if (extra.params) o.params = extra.params;
  return o;
}

/** Impl. Reg. (EU) 2024/2690 Art. 1 covers eleven digital entity types. */
function coveredByImplementingRegulation(ctx: ObligationContext): boolean {
  return (
    ctx.entity.implementing_reg_2024_2690 ||
    isDnsServiceProvider(ctx) ||
    isTldNameRegistry(ctx) ||
    isTrustServiceProvider(ctx)
  );
}

function inScopeObligations(
  regime: Regime,
  classification: 'essential' | 'important',
  ctx: ObligationContext,
): Obligation[] {
  const eu = regime === 'eu';
  const essential = classification === 'essential';
  const tsp = isTrustServiceProvider(ctx);
  const out: Obligation[] = [];

  // NIS2 Art. 21 / Cbw art. 21: appropriate and proportionate measures, all-hazards, at least points (a)-(j).
  // NIS2 Art. 4 / Cbw art. 22: an equivalent sector-specific Union act (DORA) displaces them.
  out.push(
    obligation(
      'duty_of_care',
      regime,
      eu ? 'NIS2 Art. 21' : 'Cbw art. 21',
      {
        en: 'Take appropriate and proportionate technical, operational and organisational measures (all-hazards), at least the ten measures of NIS2 Art. 21(2)(a)-(j).',
        nl: 'Passende en evenredige technische, operationele en organisatorische maatregelen nemen (alle gevaren), ten minste de tien maatregelen van art. 21(2)(a)-(j) NIS2 / art. 21(3) Cbw.',
      },
      {
        replaced_by: ctx.dora ? `${DORA} — ${eu ? 'NIS2 Art. 4' : 'Cbw art. 22'}` : undefined,
        params: coveredByImplementingRegulation(ctx)
          ? { implementing_regulation: 'Impl. Reg. (EU) 2024/2690' }
          : undefined,
      },
    ),
  );

  // NIS2 Art. 23(4) / Cbw arts. 26-29: early warning within 24 h, notification within 72 h (24 h for trust
  // service providers, Art. 23(4) last subpara. / Cbw art. 27(2)), final report one month after the notification.
  out.push(
    obligation(
      'incident_reporting',
      regime,
      eu ? 'NIS2 Art. 23' : 'Cbw arts. 25-29',
      {
        en: eu
          ? 'Report significant incidents to the CSIRT or competent authority: early warning within 24 h, incident notification within 72 h, final report within one month of the notification.'
          : 'Report significant incidents to both the CSIRT and the competent authority: early warning within 24 h, incident notification within 72 h, final report within one month of the notification.',
        nl: eu
          ? 'Significante incidenten melden aan het CSIRT of de bevoegde autoriteit: vroegtijdige waarschuwing binnen 24 uur, incidentmelding binnen 72 uur, eindverslag binnen een maand na de melding.'
          : 'Significante incidenten melden aan zowel het CSIRT als de bevoegde autoriteit: vroegtijdige waarschuwing binnen 24 uur, incidentmelding binnen 72 uur, eindverslag binnen een maand na de melding.',
      },
      {
        replaced_by: ctx.dora ? `${DORA} — ${eu ? 'NIS2 Art. 4' : 'Cbw art. 31'}` : undefined,
        params: {
          early_warning_hours: 24,
          incident_notification_hours: tsp ? 24 : 72,
          final_report: 'one_month_after_notification',
          ...(tsp ? { trust_service_derogation: eu ? 'NIS2 Art. 23(4) last subpara.' : 'Cbw art. 27(2)' } : {}),
        },
      },
    ),
  );

  out.push(...registrationObligations(regime, ctx));

  // NIS2 Art. 20: the management body approves the measures, oversees them and follows training.
  // Cbw art. 24: every board member holds a training certificate within two years; personal fine up to
  // EUR 25 000 (Cbw art. 93); art. 24 does not apply where art. 21 does not (art. 24(13)).
  out.push(
    eu
      ? obligation('management_body', regime, 'NIS2 Art. 20', {
          en: 'The management body approves the risk-management measures, oversees their implementation, can be held liable, and its members follow training.',
          nl: 'Het bestuur keurt de risicobeheersmaatregelen goed, ziet toe op de uitvoering, kan aansprakelijk worden gesteld, en de bestuurders volgen een opleiding.',
        })
      : obligation(
          'management_body',
          regime,
          'Cbw art. 24',
          {
            en: 'The board approves the measures; every board member must hold a certificate of training in identifying and assessing cybersecurity risks within two years, and keep the knowledge up to date.',
            nl: 'Het bestuur keurt de maatregelen goed; iedere bestuurder heeft binnen twee jaar een certificaat van een opleiding in het herkennen en beoordelen van cyberrisico’s en houdt de kennis aantoonbaar bij.',
          },
          {
            replaced_by: ctx.dora ? `${DORA} — Cbw art. 24(13)` : undefined,
            params: {
              certificate_required: true,
              deadline_years: 2,
              personal_fine_max_eur: 25_000,
              personal_fine_article: 'Cbw art. 93',
            },
          },
        ),
  );

  // NIS2 Art. 32 (essential: ex ante and ex post) vs Art. 33 (important: ex post only); Cbw arts. 68-72 / 81-82.
  out.push(
    essential
      ? obligation(
          'supervision',
          regime,
          eu ? 'NIS2 Art. 32' : 'Cbw arts. 68-72',
          {
            en: eu
              ? 'Supervision ex ante and ex post: inspections incl. random checks, regular and ad hoc audits, security scans, information requests; a monitoring officer can be appointed.'
              : 'Supervision ex ante and ex post; the competent authority can appoint a monitoring officer (art. 70), order a security scan (art. 71) or an audit (art. 72).',
            nl: eu
              ? 'Toezicht vooraf en achteraf: inspecties inclusief steekproeven, regelmatige en ad-hocaudits, beveiligingsscans, informatieverzoeken; een controlefunctionaris kan worden aangesteld.'
              : 'Toezicht vooraf en achteraf; de bevoegde autoriteit kan een controlefunctionaris aanstellen (art. 70), een beveiligingsscan (art. 71) of een beveiligingsaudit (art. 72) opleggen.',
          },
          { params: { regime: 'ex_ante_and_ex_post' } },
        )
      : obligation(
          'supervision',
          regime,
          eu ? 'NIS2 Art. 33' : 'Cbw arts. 81-82',
          {
            en: 'Supervision ex post only, when there are indications of non-compliance: targeted audits, security scans, information requests.',
            nl: 'Alleen toezicht achteraf, bij aanwijzingen dat niet aan de verplichtingen wordt voldaan: gerichte audits, beveiligingsscans, informatieverzoeken.',
          },
          { params: { regime: 'ex_post' } },
        ),
  );

  // NIS2 Art. 34(4): at least EUR 10 m or 2 % of worldwide annual turnover (essential); Art. 34(5): EUR 7 m
  // or 1.4 % (important). Cbw art. 80: EUR 10 m / 2 % for arts. 21, 21a, 25-30, EUR 1 m for other breaches.
  if (essential) {
    out.push(
      eu
        ? obligation(
            'fines',
            regime,
            'NIS2 Art. 34(4)',
            {
              en: 'Maximum administrative fine of at least EUR 10 000 000 or 2 % of total worldwide annual turnover, whichever is higher.',
              nl: 'Maximale bestuurlijke boete van ten minste EUR 10 000 000 of 2 % van de totale wereldwijde jaaromzet, als dat hoger is.',
            },
            { params: { max_eur: 10_000_000, max_pct_worldwide_turnover: 2 } },
          )
        : obligation(
            'fines',
            regime,
            'Cbw art. 80',
            {
              en: 'Administrative fine up to EUR 10 000 000 or 2 % of worldwide annual turnover for breaches of arts. 21, 21a and 25-30; up to EUR 1 000 000 for other breaches.',
              nl: 'Bestuurlijke boete tot EUR 10 000 000 of 2 % van de wereldwijde jaaromzet bij overtreding van art. 21, 21a en 25-30; tot EUR 1 000 000 bij andere overtredingen.',
            },
            { params: { max_eur: 10_000_000, max_pct_worldwide_turnover: 2, other_breaches_max_eur: 1_000_000 } },
          ),
    );
  } else {
    out.push(
      obligation(
        'fines',
        regime,
        'NIS2 Art. 34(5)',
        {
          en: eu
            ? 'Maximum administrative fine of at least EUR 7 000 000 or 1.4 % of total worldwide annual turnover, whichever is higher.'
            : 'Administrative fine at the level of NIS2 Art. 34(5): EUR 7 000 000 or 1.4 % of worldwide annual turnover (the Cbw article was not verified in the reference).',
          nl: eu
            ? 'Maximale bestuurlijke boete van ten minste EUR 7 000 000 of 1,4 % van de totale wereldwijde jaaromzet, als dat hoger is.'
            : 'Bestuurlijke boete op het niveau van art. 34(5) NIS2: EUR 7 000 000 of 1,4 % van de wereldwijde jaaromzet (het Cbw-artikel is in de referentie niet geverifieerd).',
        },
        { params: { max_eur: 7_000_000, max_pct_worldwide_turnover: 1.4 } },
      ),
    );
  }
  return out;
}

function registrationObligations(regime: Regime, ctx: ObligationContext): Obligation[] {
  const eu = regime === 'eu';
  const out: Obligation[] = [
    // NIS2 Art. 3(3)-(4) / Cbw arts. 43-44: submit name, address and contacts incl. IP ranges, sectors and
    // Member States served; report changes within two weeks.
    obligation(
      'registration',
      regime,
      eu ? 'NIS2 Art. 3(4)' : 'Cbw art. 44',
      {
        en: 'Submit name, address and contact details (incl. e-mail addresses, IP ranges, telephone numbers), sector and subsector and the Member States served to the national register; report changes within two weeks.',
        nl: 'Naam, adres en contactgegevens (inclusief e-mailadressen, IP-adresreeksen, telefoonnummers), sector en deelsector en de lidstaten waar diensten worden verleend aan het nationaal register verstrekken; wijzigingen binnen twee weken doorgeven.',
      },
      { params: { change_deadline_days: 14 } },
    ),
  ];
  // NIS2 Art. 27(1) / Cbw art. 47: DNS, TLD, domain registration, cloud, data centre, CDN, MSP, MSSP,
  // marketplaces, search engines, social networks also register with ENISA; changes within three months.
  if (
    ctx.entity.enisa_registry_art27 ||
    isDnsServiceProvider(ctx) ||
    isTldNameRegistry(ctx) ||
    isDomainNameRegistrationService(ctx)
  ) {
    out.push(
      obligation(
        'enisa_registration',
        regime,
        eu ? 'NIS2 Art. 27' : 'Cbw art. 47',
        {
          en: 'Also submit the data for the ENISA registry (incl. main establishment or representative and IP ranges); report changes within three months.',
          nl: 'Ook de gegevens voor het ENISA-register verstrekken (inclusief hoofdvestiging of vertegenwoordiger en IP-adresreeksen); wijzigingen binnen drie maanden doorgeven.',
        },
        { params: { change_deadline_months: 3 } },
      ),
    );
  }
  return out;
}

/** NIS2 Art. 28 / Cbw arts. 49-50: TLD registries and domain registration services keep accurate registration data. */
function domainRegistrationDataObligation(regime: Regime): Obligation {
  const eu = regime === 'eu';
  return obligation(
    'domain_registration_data',
    regime,
    eu ? 'NIS2 Art. 28' : 'Cbw arts. 49-50',
    {
      en: 'Keep accurate and complete domain name registration data in a dedicated database, publish non-personal data and answer lawful access requests (within 72 hours).',
      nl: 'Juiste en volledige domeinnaamregistratiegegevens bijhouden in een databank, niet-persoonsgegevens openbaar maken en rechtmatige verzoeken om toegang beantwoorden (binnen 72 uur).',
    },
    {
      params: eu
        ? { access_request_hours: 72 }
        : { access_request_hours: 72, fine_max_eur: 1_000_000, fine_article: 'Cbw art. 91' },
    },
  );
}

/** The obligations under one regime for the given classification. */
export function deriveObligations(
  regime: Regime,
  classification: Classification,
  ctx: ObligationContext,
): Obligation[] {
  const out: Obligation[] = [];
  const drs = isDomainNameRegistrationService(ctx);
  if (classification !== 'out_of_scope') out.push(...inScopeObligations(regime, classification, ctx));
  else if (drs) out.push(...registrationObligations(regime, ctx));
  if (drs || (classification !== 'out_of_scope' && isTldNameRegistry(ctx)))
    out.push(domainRegistrationDataObligation(regime));

  // CER Arts. 12-15 (Wwke): risk assessment, resilience measures, background checks, incident notification
  // within 24 h — in addition to the NIS2 duties; CER Art. 8 carves out banking, FMI and digital infrastructure.
  if (isCriticalEntity(ctx)) {
    const eu = regime === 'eu';
    out.push(
      obligation(
        'critical_entity_resilience',
        regime,
        eu ? 'CER Arts. 12-15' : 'Wwke (risk assessment art. 14, notification art. 17)',
        {
          en: 'As critical entity: all-hazards risk assessment, resilience measures and plan, background checks where provided for, and incident notification to the competent authority within 24 hours.',
          nl: 'Als kritieke entiteit: risicobeoordeling voor alle gevaren, weerbaarheidsmaatregelen en -plan, antecedentenonderzoek waar voorzien, en melding van incidenten aan de bevoegde autoriteit binnen 24 uur.',
        },
        {
          replaced_by: CER_ARTICLE_8_SECTORS.has(ctx.sector)
            ? 'CER Art. 8 (Chapter III does not apply in this sector)'
            : undefined,
        },
      ),
    );
  }
  return out;
}

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

  out.push(incidentReportingObligation(regime, ctx));

  out.push(...registrationObligations(regime, ctx, true));

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

  out.push(finesObligation(regime, classification));
  return out;
}

// Sources read for the texts below (issue 17): NIS2 as published (OJ L 333, 27.12.2022, Dutch and English);
// the Cbw as enacted (Stb. 2026, 187), read in a third-party copy of the Staatsblad XML — to be confirmed on
// wetten.overheid.nl (BWBR0052872). The Dutch deadline words are the law's own.

/**
 * NIS2 Art. 23(4) / Cbw arts. 26-29. Early warning: NIS2 Art. 23(4)(a) "onverwijld en in elk geval binnen
 * 24 uur"; Cbw art. 26(1) "onverwijld of, indien dat niet mogelijk is, binnen 24 uur" nadat zij kennis heeft
 * gekregen van het significante incident. Incident notification: the same words with 72 uur (NIS2 Art.
 * 23(4)(b); Cbw art. 27(1)). Final report: "uiterlijk één maand na" the notification (NIS2 Art. 23(4)(d); Cbw
 * art. 29(1)). A trust service provider notifies within 24 h, but only incidents that affect the provision of
 * its trust service (NIS2 Art. 23(4) second subparagraph; Cbw art. 27(2): "als dat incident gevolgen heeft
 * voor de verlening van haar vertrouwensdienst"); its other incidents keep the 72 h.
 */
function incidentReportingObligation(regime: Regime, ctx: ObligationContext): Obligation {
  const eu = regime === 'eu';
  const tsp = isTrustServiceProvider(ctx);
  const within = eu
    ? { nl: 'onverwijld en in elk geval binnen', en: 'without undue delay and in any event within' }
    : {
        nl: 'onverwijld of, indien dat niet mogelijk is, binnen',
        en: 'without delay or, if that is not possible, within',
      };
  const to = eu
    ? { nl: 'aan het CSIRT of de bevoegde autoriteit', en: 'to the CSIRT or competent authority' }
    : { nl: 'aan zowel het CSIRT als de bevoegde autoriteit', en: 'to both the CSIRT and the competent authority' };
  const nl = [
    `Significante incidenten melden ${to.nl}: vroegtijdige waarschuwing ${within.nl} 24 uur; incidentmelding ${within.nl} 72 uur; eindverslag uiterlijk een maand na de melding.`,
    ...(tsp
      ? [
          `Heeft het incident gevolgen voor de verlening van uw vertrouwensdienst? Dan doet u de incidentmelding ${within.nl} 24 uur.`,
        ]
      : []),
    'De uren tellen vanaf het moment dat u van het incident weet.',
  ];
  const en = [
    `Report significant incidents ${to.en}: early warning ${within.en} 24 hours; incident notification ${within.en} 72 hours; final report at the latest one month after the notification.`,
    ...(tsp
      ? [
          `If the incident affects the provision of your trust service, submit the incident notification ${within.en} 24 hours.`,
        ]
      : []),
    'The hours count from when you become aware of the incident.',
  ];
  return obligation(
    'incident_reporting',
    regime,
    eu ? 'NIS2 Art. 23' : 'Cbw arts. 25-29',
    { nl: nl.join(' '), en: en.join(' ') },
    {
      replaced_by: ctx.dora ? `${DORA} — ${eu ? 'NIS2 Art. 4' : 'Cbw art. 31'}` : undefined,
      params: {
        early_warning_hours: 24,
        incident_notification_hours: 72,
        final_report: 'one_month_after_notification',
        ...(tsp
          ? {
              trust_service_incident_notification_hours: 24,
              trust_service_incident_condition: 'incident_affects_trust_service',
              trust_service_derogation: eu ? 'NIS2 Art. 23(4) last subpara.' : 'Cbw art. 27(2)',
            }
          : {}),
      },
    },
  );
}

/** Fine ceilings per class. Cbw: art. 80(3) (essential) and art. 87(3) (important). */
const FINES = {
  essential: {
    eu_article: 'NIS2 Art. 34(4)',
    nl_article: 'Cbw art. 80(3)',
    cbw_short: { nl: 'art. 80 Cbw', en: 'Cbw art. 80' },
    max_eur: 10_000_000,
    amount: { nl: '10 miljoen euro', en: 'EUR 10 million' },
    pct: 2,
    pct_text: { nl: '2%', en: '2 %' },
  },
  important: {
    eu_article: 'NIS2 Art. 34(5)',
    nl_article: 'Cbw art. 87(3)',
    cbw_short: { nl: 'art. 87 Cbw', en: 'Cbw art. 87' },
    max_eur: 7_000_000,
    amount: { nl: '7 miljoen euro', en: 'EUR 7 million' },
    pct: 1.4,
    pct_text: { nl: '1,4%', en: '1.4 %' },
  },
} as const;

/**
 * Administrative fines.
 * - NIS2 Art. 34(4)-(5): for breaches of Art. 21 or 23 only, the Member State must provide for a maximum of at
 *   least EUR 10 m or 2 % (essential) / EUR 7 m or 1.4 % (important) of the total worldwide annual turnover in
 *   the preceding financial year of the undertaking, whichever is higher. These bind the legislator, not the
 *   entity, so the EU text tells the user what the Cbw does with them.
 * - Cbw art. 80(3) (essential) / art. 87(3) (important): "De boete bedraagt ten hoogste" EUR 10 000 000 or 2 %
 *   / EUR 7 000 000 or 1,4 % "van de totale wereldwijde jaaromzet in het voorgaande boekjaar van de onderneming
 *   waartoe de ... entiteit behoort, indien het laatstbedoelde bedrag hoger is" for breaches of arts. 21, 21a
 *   and 25-30 (and the Implementing/Delegated Acts); EUR 1 000 000 for any other breach.
 */
function finesObligation(regime: Regime, classification: 'essential' | 'important'): Obligation {
  const f = FINES[classification];
  const ceiling = {
    nl: `maximaal ${f.amount.nl} of ${f.pct_text.nl} van de wereldwijde omzet van het hele concern in het vorige boekjaar, als dat hoger is`,
    en: `at most ${f.amount.en} or ${f.pct_text.en} of the worldwide turnover of the whole group in the previous financial year, if that is higher`,
  };
  if (regime === 'eu') {
    return obligation(
      'fines',
      regime,
      f.eu_article,
      {
        nl: `Bij overtreding van de zorgplicht of de meldplicht (art. 21 of 23 NIS2) kunt u een bestuurlijke boete krijgen. De hoogte staat in de wet van het land. In Nederland: ${ceiling.nl} (${f.cbw_short.nl}). Andere EU-landen kunnen een hoger maximum hebben.`,
        en: `A breach of the duty of care or the reporting obligation (NIS2 Art. 21 or 23) can lead to an administrative fine. The amount is set by national law. In the Netherlands: ${ceiling.en} (${f.cbw_short.en}). Other EU countries may set a higher maximum.`,
      },
      {
        params: {
          max_eur: f.max_eur,
          max_pct_worldwide_turnover: f.pct,
          breaches_of: 'NIS2 Arts. 21, 23',
          national_fine_article: f.nl_article,
        },
      },
    );
  }
  return obligation(
    'fines',
    regime,
    f.nl_article,
    {
      nl: `Bestuurlijke boete bij overtreding van de zorgplicht, het weren van producten en diensten van een aangewezen leverancier of de meldplicht (art. 21, 21a en 25 tot en met 30 Cbw): ${ceiling.nl}. Bij andere overtredingen: maximaal 1 miljoen euro.`,
      en: `Administrative fine for a breach of the duty of care, of an order to exclude products and services of a named supplier or of the reporting obligation (Cbw arts. 21, 21a and 25 to 30): ${ceiling.en}. For other breaches: at most EUR 1 million.`,
    },
    { params: { max_eur: f.max_eur, max_pct_worldwide_turnover: f.pct, other_breaches_max_eur: 1_000_000 } },
  );
}

/**
 * `inScope`: the entity is essential or important under this regime (not only a domain name registrar).
 */
function registrationObligations(regime: Regime, ctx: ObligationContext, inScope: boolean): Obligation[] {
  const eu = regime === 'eu';
  // Joining or leaving an information-sharing arrangement: Cbw art. 44(1)(e) makes it registration data for
  // every registering entity "indien van toepassing" (arrangements of Cbw art. 62(2)); NIS2 Art. 29(4) has
  // essential and important entities notify the competent authority when they join or when leaving takes effect.
  const sharing = !eu || inScope;
  const sharingText = eu
    ? {
        nl: ' Meld de bevoegde autoriteit ook uw deelname aan of terugtrekking uit een informatie-uitwisselingsregeling (art. 29(4) NIS2).',
        en: ' Also tell the competent authority about joining or leaving an information-sharing arrangement (NIS2 Art. 29(4)).',
      }
    : {
        nl: ' Geef ook uw deelname aan of terugtrekking uit een informatie-uitwisselingsregeling door (art. 44(1)(e) Cbw).',
        en: ' Also report joining or leaving an information-sharing arrangement (Cbw art. 44(1)(e)).',
      };
  const out: Obligation[] = [
    // NIS2 Art. 3(3)-(4) / Cbw arts. 43-44: submit name, address and contacts incl. IP ranges, sectors and
    // Member States served; report changes within two weeks.
    obligation(
      'registration',
      regime,
      eu ? 'NIS2 Art. 3(4)' : 'Cbw art. 44',
      {
        en:
          'Submit name, address and contact details (incl. e-mail addresses, IP ranges, telephone numbers), sector and subsector and the Member States served to the national register; report changes within two weeks.' +
          (sharing ? sharingText.en : ''),
        nl:
          'Naam, adres en contactgegevens (inclusief e-mailadressen, IP-adresreeksen, telefoonnummers), sector en deelsector en de lidstaten waar diensten worden verleend aan het nationaal register verstrekken; wijzigingen binnen twee weken doorgeven.' +
          (sharing ? sharingText.nl : ''),
      },
      {
        params: {
          change_deadline_days: 14,
          ...(sharing
            ? {
                information_sharing_arrangements: true,
                information_sharing_article: eu ? 'NIS2 Art. 29(4)' : 'Cbw art. 44(1)(e)',
              }
            : {}),
        },
      },
    ),
  ];
  // NIS2 Art. 27(1) / Cbw art. 47: DNS, TLD, domain registration, cloud, data centre, CDN, MSP, MSSP,
  // marketplaces, search engines, social networks also register with ENISA; changes within three months
  // (NIS2 Art. 27(3); Cbw art. 47(5)). First submission: NIS2 Art. 27(2) "uiterlijk op 17 januari 2025"; Cbw
  // art. 47(4): as its first to third paragraphs entered into force after that date, "binnen één maand na de
  // inwerkingtreding van die leden", or within one month after the entity comes to qualify.
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
        eu
          ? {
              en: 'Also submit the data for the ENISA registry (incl. main establishment or representative and IP ranges). The first time by 17 January 2025 (NIS2 Art. 27(2)); report changes within three months.',
              nl: 'Ook de gegevens voor het ENISA-register verstrekken (inclusief hoofdvestiging of vertegenwoordiger en IP-adresreeksen). De eerste keer uiterlijk op 17 januari 2025 (art. 27(2) NIS2); wijzigingen binnen drie maanden doorgeven.',
            }
          : {
              en: 'Also submit the data for the ENISA registry (incl. main establishment or representative and IP ranges). The first time within one month after Cbw art. 47 entered into force, or within one month after your organisation comes under this obligation (Cbw art. 47(4)); report changes within three months.',
              nl: 'Ook de gegevens voor het ENISA-register verstrekken (inclusief hoofdvestiging of vertegenwoordiger en IP-adresreeksen). De eerste keer binnen een maand nadat art. 47 Cbw in werking is getreden, of binnen een maand nadat uw organisatie onder deze plicht valt (art. 47(4) Cbw); wijzigingen binnen drie maanden doorgeven.',
            },
        {
          params: eu
            ? { first_submission_by: '2025-01-17', change_deadline_months: 3 }
            : { first_submission_months: 1, change_deadline_months: 3 },
        },
      ),
    );
  }
  return out;
}

/**
 * NIS2 Art. 28 / Cbw arts. 49-50: TLD registries and domain registration services keep accurate and complete
 * registration data in a database; they adopt and publish policies and procedures, including verification
 * procedures, so that the database is accurate and complete (NIS2 Art. 28(3); Cbw art. 49(3)); they publish the
 * non-personal data and answer lawful access requests within 72 hours (NIS2 Art. 28(4)-(5); Cbw arts. 49(4), 50(2)).
 */
function domainRegistrationDataObligation(regime: Regime): Obligation {
  const eu = regime === 'eu';
  return obligation(
    'domain_registration_data',
    regime,
    eu ? 'NIS2 Art. 28' : 'Cbw arts. 49-50',
    {
      en: 'Keep accurate and complete domain name registration data in a dedicated database; adopt and publish policies and procedures, including verification procedures, so that the data are accurate and complete; publish non-personal data and answer lawful access requests (within 72 hours).',
      nl: 'Juiste en volledige domeinnaamregistratiegegevens bijhouden in een databank; beleid en procedures vaststellen en openbaar maken, waaronder verificatieprocedures, zodat de gegevens juist en volledig zijn; niet-persoonsgegevens openbaar maken en rechtmatige verzoeken om toegang beantwoorden (binnen 72 uur).',
    },
    {
      params: {
        access_request_hours: 72,
        verification_policies: true,
        verification_policies_article: eu ? 'NIS2 Art. 28(3)' : 'Cbw art. 49(3)',
        ...(eu ? {} : { fine_max_eur: 1_000_000, fine_article: 'Cbw art. 91' }),
      },
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
  else if (drs) out.push(...registrationObligations(regime, ctx, false));
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

// The obligations that follow from a classification, per regime, each with its article.
// The class itself changes only supervision and the fine ceiling; the duties of Arts. 20, 21 and 23 are the
// same for essential and important entities (reference §1.4).
import {
  isCriticalEntity,
  isDnsServiceProvider,
  isDomainNameRegistrationService,
  isPublicAdministration,
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
  /**
   * NL only: the Cbw class rests on a designation of a higher-education institution by the Minister of OCW
   * (Cbw art. 11 or 13). Cbw art. 97: arts. 21 and 24 apply to it from 36 months after the designation.
   */
  designated_higher_education?: boolean;
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
  // Cbw art. 97: only the Dutch regime defers arts. 21 and 24 for designated higher-education institutions.
  const hei = !eu && ctx.designated_higher_education === true;
  const out: Obligation[] = [];

  // NIS2 Art. 21 / Cbw art. 21: appropriate and proportionate measures, all-hazards, at least points (a)-(j).
  // NIS2 Art. 4 / Cbw art. 22: an equivalent sector-specific Union act (DORA) displaces them.
  out.push(
    obligation(
      'duty_of_care',
      regime,
      eu ? 'NIS2 Art. 21' : 'Cbw art. 21',
      withHeiDeferral(hei, {
        en: 'Take appropriate and proportionate technical, operational and organisational measures (all-hazards), at least the ten measures of NIS2 Art. 21(2)(a)-(j).',
        nl: `Neem passende en evenredige maatregelen om uw netwerk- en informatiesystemen te beveiligen: technische, operationele en organisatorische. Houd rekening met alle gevaren, dus ook met bijvoorbeeld brand, stroomuitval of fouten van mensen. Neem in elk geval de tien maatregelen uit de wet, zoals risicoanalyse, incidentenbehandeling, bedrijfscontinuïteit en beveiliging van de toeleveringsketen (${eu ? 'art. 21(2) NIS2' : 'art. 21(3) Cbw'}).`,
      }),
      {
        replaced_by: ctx.dora ? `${DORA} — ${eu ? 'NIS2 Art. 4' : 'Cbw art. 22'}` : undefined,
        params:
          coveredByImplementingRegulation(ctx) || hei
            ? {
                ...(coveredByImplementingRegulation(ctx)
                  ? { implementing_regulation: 'Impl. Reg. (EU) 2024/2690' }
                  : {}),
                ...(hei ? HEI_DEFERRAL_PARAMS : {}),
              }
            : undefined,
      },
    ),
  );

  out.push(incidentReportingObligation(regime, ctx));

  out.push(...registrationObligations(regime, ctx, true));

  // NIS2 Art. 20: the management body approves the measures, oversees them and follows training.
  out.push(
    eu
      ? obligation('management_body', regime, 'NIS2 Art. 20', {
          en: 'The management body approves the risk-management measures, oversees their implementation, can be held liable, and its members follow training.',
          nl: 'Het bestuur keurt de risicobeheersmaatregelen goed en ziet erop toe dat ze worden uitgevoerd. Het bestuur kan aansprakelijk worden gesteld als dat niet gebeurt. De bestuurders volgen een opleiding.',
        })
      : boardObligation(ctx, hei),
  );

  out.push(supervisionObligation(regime, classification, ctx));

  out.push(finesObligation(regime, classification, ctx));
  return out;
}

/** Cbw art. 97: "vanaf 36 maanden na de aanwijzing" for institutions designated under Cbw art. 11 or 13. */
const HEI_DEFERRAL_PARAMS = {
  applies_from_months_after_designation: 36,
  applies_from_article: 'Cbw art. 97',
} as const;

function withHeiDeferral(hei: boolean, text: LocalizedText): LocalizedText {
  if (!hei) return text;
  return {
    nl: `${text.nl} Voor een instelling voor hoger onderwijs die de minister van OCW heeft aangewezen, geldt dit pas vanaf 36 maanden na de aanwijzing (art. 97 Cbw).`,
    en: `${text.en} For a higher-education institution designated by the Minister of Education, Culture and Science, this applies only from 36 months after the designation (Cbw art. 97).`,
  };
}

/**
 * Cbw art. 24 (governance), as enacted:
 * - (1) the board approves the art. 21 measures;
 * - (2) every board member has the knowledge and skills to (a) identify risks to the security of network and
 *   information systems, (b) assess cybersecurity risk-management measures and (c) assess the impact of the
 *   risks and measures on the services of the entity;
 * - (3) "binnen twee jaar na de inwerkingtreding van het tweede lid", or for a member appointed later "binnen
 *   twee jaar na diens benoeming"; (4) keeps them "aantoonbaar actueel";
 * - (5) holds "een certificaat, waaruit de deelname blijkt aan een training" covering the topics of (2);
 * - (7) a legal person on the board: the natural persons who sit for it; (8) one-tier board (Book 2 BW arts.
 *   129a/239a): only the executive directors; (9)-(11) partnerships; (12) the "bestuur" of public bodies;
 * - (13) not where art. 21 does not apply (DORA: Cbw art. 22).
 * Cbw art. 93: the competent authority can fine a board member for a breach of art. 24(2)-(6), at most
 * EUR 25 000 ("ten hoogste € 25.000,–"). Cbw art. 97: for designated higher-education institutions, art. 24
 * applies from 36 months after the designation.
 */
function boardObligation(ctx: ObligationContext, hei: boolean): Obligation {
  const pae = isPublicAdministration(ctx);
  const nl = [
    'Het bestuur keurt de maatregelen van de zorgplicht goed.',
    'Iedere bestuurder heeft kennis en vaardigheden om (a) risico’s voor de beveiliging van netwerk- en informatiesystemen te identificeren, (b) risicobeheersmaatregelen te beoordelen en (c) de gevolgen van die risico’s en maatregelen voor de diensten van de organisatie te beoordelen.',
    'Dit moet binnen twee jaar nadat art. 24(2) Cbw in werking is getreden; een bestuurder die later is benoemd, heeft twee jaar vanaf de benoeming.',
    'Iedere bestuurder heeft een certificaat waaruit blijkt dat hij heeft deelgenomen aan een training over deze onderwerpen, en houdt de kennis aantoonbaar actueel.',
    pae
      ? 'Als bestuur geldt bij een ministerie de minister, bij een zelfstandig bestuursorgaan dat orgaan, bij een provincie gedeputeerde staten, bij een gemeente het college van burgemeester en wethouders, bij een waterschap het dagelijks bestuur en bij een gemeenschappelijke regeling het dagelijks bestuur van het openbaar lichaam, het bestuur van de bedrijfsvoeringsorganisatie of het gemeenschappelijk orgaan (art. 24(12) Cbw).'
      : 'Heeft uw organisatie uitvoerende en niet-uitvoerende bestuurders (art. 129a of 239a van Boek 2 BW)? Dan gelden deze plichten alleen voor de uitvoerende bestuurders (art. 24(8) Cbw). Is een rechtspersoon bestuurder, dan gelden ze voor de personen die namens die rechtspersoon in het bestuur zitten (art. 24(7) Cbw).',
    'Houdt een bestuurder zich niet aan de plichten over kennis, training en certificaat (art. 24(2)-(6) Cbw), dan kan hij persoonlijk een bestuurlijke boete krijgen van maximaal 25.000 euro (art. 93 Cbw).',
  ];
  const en = [
    'The board approves the duty-of-care measures.',
    'Every board member has the knowledge and skills to (a) identify risks to the security of network and information systems, (b) assess cybersecurity risk-management measures and (c) assess the impact of those risks and measures on the services of the organisation.',
    'This applies within two years after Cbw art. 24(2) entered into force; a board member appointed later has two years from the appointment.',
    'Every board member holds a certificate showing participation in a training on these topics, and keeps the knowledge demonstrably up to date.',
    pae
      ? 'The board is: for a ministry the minister, for an independent administrative body that body, for a province the provincial executive (gedeputeerde staten), for a municipality the municipal executive (college van burgemeester en wethouders), for a water authority its executive board and for a joint arrangement the executive board of the public body, the board of the operational management organisation or the joint body (Cbw art. 24(12)).'
      : 'If your organisation has executive and non-executive directors (Book 2 Dutch Civil Code, art. 129a or 239a), these duties apply only to the executive directors (Cbw art. 24(8)). If a legal person is a board member, they apply to the persons who sit on the board for it (Cbw art. 24(7)).',
    'A board member who does not meet the duties on knowledge, training and certificate (Cbw art. 24(2)-(6)) can personally be fined up to EUR 25,000 (Cbw art. 93).',
  ];
  return obligation(
    'management_body',
    'nl',
    'Cbw art. 24',
    withHeiDeferral(hei, { nl: nl.join(' '), en: en.join(' ') }),
    {
      replaced_by: ctx.dora ? `${DORA} — Cbw art. 24(13)` : undefined,
      params: {
        certificate_required: true,
        certificate_of: 'participation_in_training',
        deadline_years: 2,
        deadline_from: 'entry_into_force_art_24_2_or_appointment',
        board_definition_article: pae ? 'Cbw art. 24(12)' : 'Cbw art. 24(7)-(8)',
        personal_fine_max_eur: 25_000,
        personal_fine_article: 'Cbw art. 93',
        ...(hei ? HEI_DEFERRAL_PARAMS : {}),
      },
    },
  );
}

/**
 * Supervision.
 * - NIS2 Art. 32 (essential: ex ante and ex post) vs Art. 33 (important: ex post only). NIS2 Art. 4(1): where a
 *   sector-specific Union act (DORA) applies, the relevant provisions of NIS2 "including the provisions on
 *   supervision and enforcement laid down in Chapter VII" do not apply.
 * - Cbw §15.2 (essential): the competent authority can designate a monitoring officer; "De essentiële entiteit
 *   draagt de kosten van de controlefunctionaris" (art. 70(3)); it can carry out a security scan itself or have
 *   it carried out, and bears its costs (art. 71); it can order an audit by an independent and qualified
 *   expert, whose costs the entity bears unless the authority decides they should reasonably be its own
 *   (art. 72(4)).
 * - Cbw §15.3 (important): arts. 82-87 apply only where the authority has evidence, indications or information
 *   of a possible breach (art. 81): security scan at the authority's cost (art. 82), audit (art. 83, costs as
 *   art. 72(4): art. 83(4)), publication of the breach (art. 84), binding instruction (art. 85), order under
 *   administrative enforcement (art. 86), fine (art. 87).
 */
function supervisionObligation(
  regime: Regime,
  classification: 'essential' | 'important',
  ctx: ObligationContext,
): Obligation {
  const eu = regime === 'eu';
  const replaced_by = eu && ctx.dora ? `${DORA} — NIS2 Art. 4(1) (Chapter VII)` : undefined;
  if (classification === 'essential') {
    return obligation(
      'supervision',
      regime,
      eu ? 'NIS2 Art. 32' : 'Cbw arts. 68-72',
      eu
        ? {
            en: 'Supervision ex ante and ex post: inspections incl. random checks, regular and ad hoc audits, security scans, information requests; a monitoring officer can be appointed.',
            nl: 'De toezichthouder kan vooraf en achteraf controleren. Dat kan met inspecties en steekproeven, met regelmatige audits en audits als daar reden voor is, met beveiligingsscans en door om informatie te vragen. Er kan een controlefunctionaris worden aangewezen.',
          }
        : {
            en: 'Supervision ex ante and ex post. The competent authority can designate a monitoring officer for a set period; your organisation pays for the monitoring officer (art. 70). The competent authority can carry out a security scan or have it carried out, at its own cost (art. 71). It can require your organisation to have an independent and qualified expert carry out an audit; your organisation pays for the audit, unless the competent authority decides that it should reasonably pay itself (art. 72).',
            nl: 'Toezicht vooraf en achteraf. De bevoegde autoriteit kan voor een bepaalde periode een controlefunctionaris aanwijzen; uw organisatie betaalt de kosten van de controlefunctionaris (art. 70). De bevoegde autoriteit kan zelf een beveiligingsscan uitvoeren of laten uitvoeren, op haar eigen kosten (art. 71). Zij kan uw organisatie verplichten een audit te laten doen door een onafhankelijke en gekwalificeerde deskundige; uw organisatie betaalt de kosten van de audit, tenzij de bevoegde autoriteit vindt dat zij die redelijkerwijs zelf moet dragen (art. 72).',
          },
      {
        replaced_by,
        params: eu
          ? { regime: 'ex_ante_and_ex_post' }
          : {
              regime: 'ex_ante_and_ex_post',
              monitoring_officer_costs: 'entity',
              monitoring_officer_costs_article: 'Cbw art. 70(3)',
              security_scan_by: 'competent_authority',
              security_scan_costs: 'competent_authority',
              audit_costs: 'entity_unless_authority_decides_otherwise',
              audit_costs_article: 'Cbw art. 72(4)',
            },
      },
    );
  }
  return obligation(
    'supervision',
    regime,
    eu ? 'NIS2 Art. 33' : 'Cbw arts. 81-87',
    eu
      ? {
          en: 'Supervision ex post only, when there are indications of non-compliance: targeted audits, security scans, information requests.',
          nl: 'De toezichthouder controleert alleen achteraf, als er aanwijzingen zijn dat uw organisatie de regels niet naleeft. Dat kan met gerichte audits, met beveiligingsscans en door om informatie te vragen.',
        }
      : {
          en: 'Supervision ex post only: the competent authority acts when it has evidence, indications or information that your organisation may not comply (art. 81). It can then carry out a security scan or have it carried out, at its own cost (art. 82); require an audit by an independent and qualified expert, which your organisation pays for unless the competent authority decides that it should reasonably pay itself (art. 83); require your organisation to make the breach public (art. 84); give a binding instruction (art. 85); impose an order under administrative enforcement (art. 86); or impose a fine (art. 87).',
          nl: 'Alleen toezicht achteraf: de bevoegde autoriteit treedt op als zij bewijs, aanwijzingen of informatie heeft dat uw organisatie de regels mogelijk niet naleeft (art. 81). Zij kan dan zelf een beveiligingsscan uitvoeren of laten uitvoeren, op haar eigen kosten (art. 82); uw organisatie verplichten een audit te laten doen door een onafhankelijke en gekwalificeerde deskundige, op kosten van uw organisatie, tenzij de bevoegde autoriteit vindt dat zij die redelijkerwijs zelf moet dragen (art. 83); uw organisatie verplichten de overtreding openbaar te maken (art. 84); een bindende aanwijzing geven (art. 85); een last onder bestuursdwang opleggen (art. 86); of een bestuurlijke boete opleggen (art. 87).',
        },
    {
      replaced_by,
      params: eu
        ? { regime: 'ex_post' }
        : {
            regime: 'ex_post',
            security_scan_by: 'competent_authority',
            security_scan_costs: 'competent_authority',
            audit_costs: 'entity_unless_authority_decides_otherwise',
            audit_costs_article: 'Cbw art. 83(4)',
          },
    },
  );
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
    `Meld een significant incident ${to.nl}, in drie stappen: vroegtijdige waarschuwing ${within.nl} 24 uur; incidentmelding ${within.nl} 72 uur; eindverslag uiterlijk een maand na de melding.`,
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
function finesObligation(
  regime: Regime,
  classification: 'essential' | 'important',
  ctx: ObligationContext,
): Obligation {
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
        // NIS2 Art. 4(1): with DORA, Chapter VII (Art. 34 included) does not apply either.
        replaced_by: ctx.dora ? `${DORA} — NIS2 Art. 4(1) (Chapter VII)` : undefined,
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
    // Member States served; report changes within two weeks. Cbw art. 44(2): "onverwijld of in elk geval binnen
    // twee weken na de datum van de wijziging".
    obligation(
      'registration',
      regime,
      eu ? 'NIS2 Art. 3(4)' : 'Cbw art. 44',
      {
        en:
          'Submit name, address and contact details (incl. e-mail addresses, IP ranges, telephone numbers), sector and subsector and the Member States served to the national register; ' +
          (eu
            ? 'report changes within two weeks.'
            : 'report changes without delay or in any event within two weeks of the change.') +
          (sharing ? sharingText.en : ''),
        nl:
          'Geef uw gegevens door aan het nationaal register: naam, adres, contactgegevens (e-mailadressen, IP-adresreeksen, telefoonnummers), sector en deelsector, en de lidstaten waar u diensten verleent. Verandert er iets? Dan moet u ' +
          (eu
            ? 'wijzigingen binnen twee weken doorgeven.'
            : 'wijzigingen onverwijld of in elk geval binnen twee weken na de wijziging doorgeven.') +
          (sharing ? sharingText.nl : ''),
      },
      {
        params: {
          change_deadline_days: 14,
          ...(eu ? {} : { change_deadline_words: 'onverwijld of in elk geval binnen twee weken' }),
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
  // marketplaces, search engines, social networks also register with ENISA; changes "onverwijld of in elk geval
  // binnen drie maanden na de datum waarop de wijziging van kracht is geworden" (Cbw art. 47(5); NIS2 Art. 27(3)). First submission: NIS2 Art. 27(2) "uiterlijk op 17 januari 2025"; Cbw
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
              en: 'Also submit the data for the ENISA registry (incl. main establishment or representative and IP ranges). The first time by 17 January 2025 (NIS2 Art. 27(2)); report changes without delay and in any event within three months (NIS2 Art. 27(3)).',
              nl: 'Geef ook gegevens door voor het ENISA-register, zoals uw hoofdvestiging of vertegenwoordiger en uw IP-adresreeksen. De eerste keer uiterlijk op 17 januari 2025 (art. 27(2) NIS2). Daarna moet u wijzigingen onverwijld en in elk geval binnen drie maanden doorgeven (art. 27(3) NIS2).',
            }
          : {
              en: 'Also submit the data for the ENISA registry (incl. main establishment or representative and IP ranges). The first time within one month after Cbw art. 47 entered into force, or within one month after your organisation comes under this obligation (Cbw art. 47(4)); report changes without delay and in any event within three months after they take effect (Cbw art. 47(5)).',
              nl: 'Geef ook gegevens door voor het ENISA-register, zoals uw hoofdvestiging of vertegenwoordiger en uw IP-adresreeksen. De eerste keer binnen een maand nadat art. 47 Cbw in werking is getreden, of binnen een maand nadat uw organisatie onder deze plicht valt (art. 47(4) Cbw). Daarna moet u wijzigingen onverwijld of in elk geval binnen drie maanden nadat ze van kracht zijn doorgeven (art. 47(5) Cbw).',
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
 * Cbw art. 50(2): "onverwijld of, indien dat niet mogelijk is, binnen 72 uur na ontvangst van het verzoek".
 */
function domainRegistrationDataObligation(regime: Regime): Obligation {
  const eu = regime === 'eu';
  return obligation(
    'domain_registration_data',
    regime,
    eu ? 'NIS2 Art. 28' : 'Cbw arts. 49-50',
    {
      en:
        'Keep accurate and complete domain name registration data in a dedicated database; adopt and publish policies and procedures, including verification procedures, so that the data are accurate and complete; publish non-personal data and answer lawful access requests ' +
        (eu ? '(within 72 hours).' : 'without delay or, if that is not possible, within 72 hours of receipt.'),
      nl:
        'Houd juiste en volledige domeinnaamregistratiegegevens bij in een databank. Daarvoor moet u beleid en procedures vaststellen en openbaar maken, waaronder verificatieprocedures, zodat de gegevens juist en volledig zijn. Maak de gegevens die geen persoonsgegevens zijn openbaar. Beantwoord rechtmatige verzoeken om toegang ' +
        (eu
          ? 'binnen 72 uur.'
          : 'onverwijld of, indien dat niet mogelijk is, binnen 72 uur na ontvangst van het verzoek.'),
    },
    {
      params: {
        access_request_hours: 72,
        ...(eu ? {} : { access_request_words: 'onverwijld of, indien dat niet mogelijk is, binnen 72 uur' }),
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

  // CER Arts. 12-15 (Wwke): duties of the critical entity under its own law, in addition to the NIS2 duties;
  // CER Art. 8 carves out banking, FMI and digital infrastructure. CER Art. 14(1): the Member State sets the
  // conditions under which the entity may request background checks (a possibility, not a duty). CER Art. 15(1):
  // notify, without undue delay, incidents that significantly disrupt or could significantly disrupt the
  // provision of essential services; unless operationally unable, an initial notification within 24 hours of
  // becoming aware, followed where relevant by a detailed report within one month.
  if (isCriticalEntity(ctx)) {
    const eu = regime === 'eu';
    const law = eu
      ? { nl: 'de CER-richtlijn (Richtlijn (EU) 2022/2557)', en: 'the CER Directive (Directive (EU) 2022/2557)' }
      : {
          nl: 'de Wet weerbaarheid kritieke entiteiten (Wwke), die de CER-richtlijn uitvoert',
          en: 'the Dutch Critical Entities Resilience Act (Wwke), which implements the CER Directive',
        };
    out.push(
      obligation(
        'critical_entity_resilience',
        regime,
        eu ? 'CER Arts. 12-15' : 'Wwke (risk assessment art. 14, notification art. 17)',
        {
          nl: [
            `Als kritieke entiteit heeft u ook plichten uit ${law.nl}, naast de plichten hierboven.`,
            'Maak een risicobeoordeling voor alle gevaren (art. 12 CER). Neem weerbaarheidsmaatregelen en leg ze vast in een weerbaarheidsplan (art. 13 CER).',
            'U mag een antecedentenonderzoek aanvragen voor personen in gevoelige functies, onder de voorwaarden die de lidstaat stelt (art. 14(1) CER); dat is geen plicht.',
            'Meld de bevoegde autoriteit onverwijld incidenten die de verlening van essentiële diensten aanzienlijk verstoren of kunnen verstoren: een eerste melding uiterlijk 24 uur nadat u van het incident weet, tenzij u daartoe operationeel niet in staat bent, en waar relevant een gedetailleerd verslag uiterlijk een maand daarna (art. 15(1) CER).',
          ].join(' '),
          en: [
            `As critical entity you also have duties under ${law.en}, in addition to the duties above.`,
            'An all-hazards risk assessment (CER Art. 12) and resilience measures with a resilience plan (CER Art. 13).',
            'You may request background checks on persons in sensitive roles, under the conditions set by the Member State (CER Art. 14(1)); this is not a duty.',
            'Notify the competent authority without undue delay of incidents that significantly disrupt or could significantly disrupt the provision of essential services: an initial notification at the latest 24 hours after you become aware of the incident, unless operationally unable, and where relevant a detailed report at the latest one month thereafter (CER Art. 15(1)).',
          ].join(' '),
        },
        {
          replaced_by: CER_ARTICLE_8_SECTORS.has(ctx.sector)
            ? 'CER Art. 8 (Chapter III does not apply in this sector)'
            : undefined,
          params: {
            initial_notification_hours: 24,
            initial_notification_condition: 'incident_significantly_disrupts_or_could_disrupt_essential_service',
            detailed_report: 'one_month_where_relevant',
            background_checks: 'may_request',
            background_checks_article: 'CER Art. 14(1)',
          },
        },
      ),
    );
  }
  return out;
}

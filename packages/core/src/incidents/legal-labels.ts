// Dutch labels of the legal terms in incident reports, for what renders a report outside the web's
// i18n (the server's PDF copy for supervisors and boards). The law's own Dutch terms where the
// glossary has one (../shared/domain/nis2-cer-reference.md §7, cited per label); stage names are in
// reporting-stages.ts (STAGE_DEFINITIONS). The web's nl.json uses the same words; a test in
// packages/web/test/legal-labels.test.ts keeps the two equal.
import type { SubmissionRecipient, SubmissionStatus } from '../delivery/submission.contracts.ts';
import type { IncidentCategory } from './incident.contracts.ts';
import type { Answer, SEVERITIES, VoluntarySubject } from './report-content.contracts.ts';

/** Content fields of a report by their path in the payload (nested fields as `parent.child`). */
export const REPORT_FIELD_LABELS_NL: Readonly<Record<string, string>> = {
  // NIS2 Art. 23(4)(a); Cbw art. 26 (early warning, updated by the notification under (b)).
  suspectedUnlawfulOrMalicious: 'Vermoeden van een onrechtmatige of kwaadwillige oorzaak',
  crossBorderImpactPossible: 'Mogelijk grensoverschrijdende gevolgen', // glossary: grensoverschrijdende gevolgen
  // Cbw art. 26-27 (NL addition): the official responsible for the notification.
  contact: 'Contactpersoon',
  'contact.name': 'Naam',
  'contact.email': 'E-mailadres',
  'contact.phone': 'Telefoonnummer',
  summary: 'Korte omschrijving',
  // Cyberbeveiligingsbesluit (consultation draft) art. 25: further content of the early warning.
  suspectedStartAt: 'Vermoedelijk tijdstip van het begin van het incident',
  recoveryTimeForecast: 'Verwachte hersteltijd',
  measuresTaken: 'Genomen maatregelen om de gevolgen te beperken of herhaling te voorkomen',
  // NIS2 Art. 23(4)(b); Cbw art. 27(1).
  initialAssessment: 'Eerste beoordeling',
  'initialAssessment.severity': 'Ernst',
  'initialAssessment.impact': 'Eerste inschatting van de gevolgen',
  indicatorsOfCompromise: 'Indicatoren voor aantasting', // glossary: indicatoren voor aantasting
  crossBorderInformation: 'Informatie over grensoverschrijdende gevolgen',
  // Cbw art. 27(1)(d); CER Art. 15(2): said explicitly when there is no such information.
  crossBorderInformationNoneAvailable: 'Geen informatie over grensoverschrijdende gevolgen beschikbaar',
  memberStatesAffected: 'Getroffen lidstaten',
  // NIS2 Art. 23(4)(c); Cbw art. 28 (intermediate report on request).
  statusUpdate: 'Stand van zaken',
  requestReference: 'Kenmerk van het verzoek',
  // NIS2 Art. 23(4)(d)-(e); Cbw art. 29 (final and progress report).
  description: 'Uitgebreide beschrijving van het incident',
  severity: 'Ernst',
  impact: 'Gevolgen',
  threatTypeOrRootCause: 'Soort dreiging of grondoorzaak', // glossary: grondoorzaak
  // Our own coded list beside the law's free text (core incidents/report-root-cause.ts), for the trends.
  rootCauseCode: 'Soort oorzaak (kies uit de lijst)',
  mitigationMeasures: 'Risicobeperkende maatregelen', // glossary: risicobeperkende maatregelen
  'mitigationMeasures.applied': 'Genomen risicobeperkende maatregelen',
  'mitigationMeasures.ongoing': 'Lopende risicobeperkende maatregelen',
  crossBorderImpact: 'Grensoverschrijdende gevolgen',
  // Cbw art. 29(2): the points of the progress report that are not yet known.
  notYetKnown: 'Nog niet bekend',
  // Cbw art. 36(1)-(2); NIS2 Art. 23(5): the entity's request for guidance or support.
  supportRequest: 'Verzoek om begeleiding of ondersteuning',
  'supportRequest.guidance': 'Verzoek om richtsnoeren of operationeel advies',
  'supportRequest.technicalSupport': 'Verzoek om aanvullende technische ondersteuning',
  'supportRequest.note': 'Toelichting bij het verzoek',
  // CER Art. 15(1)-(2) (Wwke): nature, cause, possible consequences and the significance parameters.
  nature: 'Aard van het incident',
  cause: 'Oorzaak',
  possibleConsequences: 'Mogelijke gevolgen',
  parameters: 'Parameters (CER art. 15, lid 1)',
  'parameters.usersAffected': 'Aantal getroffen gebruikers',
  'parameters.shareAffectedPercent': 'Aandeel getroffen gebruikers (%)',
  'parameters.durationMinutes': 'Duur (minuten)',
  'parameters.affectedArea': 'Getroffen gebied',
  'parameters.isolatedAreaAffected': 'Geïsoleerd gebied getroffen',
  // NIS2 Art. 30(1); Cbw art. 33 (voluntary notification).
  subject: 'Waar gaat de melding over',
};

/**
 * The deadline of each stage in the law's own words, for the forms and the report copy. "Onverwijld" is the
 * duty; the hours or the month are the outer limit when that is not possible.
 */
export const STAGE_DEADLINE_WORDS_NL = {
  // Cbw art. 26(1).
  early_warning: {
    words:
      'onverwijld of, indien dat niet mogelijk is, binnen 24 uur nadat zij kennis heeft gekregen van het significante incident',
    source: 'Cyberbeveiligingswet artikel 26, eerste lid',
  },
  // Cbw art. 27(1); for a trust service provider whose trust service is affected, art. 27(2): 24 uur.
  notification: {
    words:
      'onverwijld of, indien dat niet mogelijk is, binnen 72 uur nadat zij kennis heeft gekregen van het significante incident',
    source: 'Cyberbeveiligingswet artikel 27, eerste lid',
  },
  notification_trust_service: {
    words:
      'onverwijld of, indien dat niet mogelijk is, binnen 24 uur nadat zij kennis heeft gekregen van het significante incident, als dat incident gevolgen heeft voor de verlening van haar vertrouwensdienst',
    source: 'Cyberbeveiligingswet artikel 27, tweede lid',
  },
  // Cbw art. 28.
  intermediate_report: {
    words: 'op verzoek van haar CSIRT of haar bevoegde autoriteit',
    source: 'Cyberbeveiligingswet artikel 28',
  },
  // Cbw art. 29(1).
  final_report: {
    words: 'uiterlijk één maand na de melding',
    source: 'Cyberbeveiligingswet artikel 29, eerste lid',
  },
  // Cbw art. 29(2).
  progress_report: {
    words:
      'indien het incident nog voortduurt op het moment dat het eindverslag had moeten worden ingediend, op dat moment in plaats van een eindverslag; een eindverslag binnen één maand nadat het incident is afgehandeld',
    source: 'Cyberbeveiligingswet artikel 29, tweede lid',
  },
  // CER Art. 15(1), rendered from the English text (OJ L 333, 27.12.2022): "without undue delay", "unless
  // operationally unable to do so ... no later than 24 hours after becoming aware of an incident, followed,
  // where relevant, by a detailed report no later than one month thereafter". The Dutch text was not checked.
  cer_initial: {
    words:
      'zonder onnodige vertraging; tenzij dat operationeel niet mogelijk is, een eerste melding uiterlijk 24 uur nadat u kennis kreeg van het incident',
    source: 'CER-richtlijn artikel 15, lid 1',
  },
  cer_detailed: {
    words: 'waar relevant, een gedetailleerd verslag uiterlijk één maand na de eerste melding',
    source: 'CER-richtlijn artikel 15, lid 1',
  },
} as const;

/** Answers to the early warning's yes/no/unknown questions, as a statement in a report copy. */
export const ANSWER_LABELS_NL: Readonly<Record<Answer, string>> = {
  yes: 'Ja',
  no: 'Nee',
  unknown: 'Nog niet bekend',
};

/** NIS2 Art. 23(4)(b) and (d)(i): the severity of the incident. */
export const SEVERITY_LABELS_NL: Readonly<Record<(typeof SEVERITIES)[number], string>> = {
  low: 'Laag',
  medium: 'Middel',
  high: 'Hoog',
  critical: 'Zeer hoog',
};

/** Incident categories, for the authority's CSV export of its inbox (not legal terms; the web's words). */
export const INCIDENT_CATEGORY_LABELS_NL: Readonly<Record<IncidentCategory, string>> = {
  ransomware: 'Ransomware (gijzelsoftware)',
  malware: 'Malware',
  phishing: 'Phishing',
  denial_of_service: 'Overbelasting (DDoS)',
  unauthorised_access: 'Ongeautoriseerde toegang',
  data_breach: 'Datalek',
  vulnerability_exploitation: 'Misbruik van een kwetsbaarheid',
  misconfiguration: 'Verkeerde instelling',
  technical_failure: 'Technische storing',
  supplier_incident: 'Incident bij een leverancier',
  insider: 'Kwaadwillende medewerker',
  physical_attack: 'Fysieke aanval of sabotage',
  natural_hazard: 'Natuurgeweld (storm, overstroming, brand)',
  other: 'Anders',
};

/** NIS2 Art. 30(1) subjects of a voluntary notification (glossary: incident, cyberdreiging, bijna-incident). */
export const VOLUNTARY_SUBJECT_LABELS_NL: Readonly<Record<VoluntarySubject, string>> = {
  incident: 'Incident',
  cyber_threat: 'Cyberdreiging',
  near_miss: 'Bijna-incident',
};

/** Who a report goes to (Cbw arts. 26(1), 27(1), 29(1): "haar CSIRT en haar bevoegde autoriteit"). */
export const SUBMISSION_RECIPIENT_LABELS_NL: Readonly<Record<SubmissionRecipient, string>> = {
  csirt: 'CSIRT',
  competent_authority: 'bevoegde autoriteit',
  // A copy the entity chose (no article sends it; docs/DELIVERY.md, "Copies to a sector CSIRT").
  sector_csirt: 'sector-CSIRT (kopie)',
  sector_csirt_2: 'tweede sector-CSIRT (kopie)',
  sector_csirt_3: 'derde sector-CSIRT (kopie)',
};

/** Where a report is on its way to the competent authority / CSIRT (glossary: bevoegde autoriteit). */
export const SUBMISSION_STATUS_LABELS_NL: Readonly<Record<SubmissionStatus, string>> = {
  pending: 'Onderweg naar de autoriteit',
  delivered: 'Ontvangen door de autoriteit',
  failed: 'Geweigerd door de autoriteit',
};

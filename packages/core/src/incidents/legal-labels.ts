// Dutch labels of the legal terms in incident reports, for what renders a report outside the web's
// i18n (the server's PDF copy for supervisors and boards). The law's own Dutch terms where the
// glossary has one (../shared/domain/nis2-cer-reference.md §7, cited per label); stage names are in
// reporting-stages.ts (STAGE_DEFINITIONS). The web's nl.json uses the same words; a test in
// packages/web/test/legal-labels.test.ts keeps the two equal.
import type { SubmissionRecipient, SubmissionStatus } from '../delivery/submission.contracts.ts';
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
  // NIS2 Art. 23(4)(b); Cbw art. 27(1).
  initialAssessment: 'Eerste beoordeling',
  'initialAssessment.severity': 'Ernst',
  'initialAssessment.impact': 'Eerste inschatting van de gevolgen',
  indicatorsOfCompromise: 'Indicatoren voor aantasting', // glossary: indicatoren voor aantasting
  crossBorderInformation: 'Informatie over grensoverschrijdende gevolgen',
  memberStatesAffected: 'Getroffen lidstaten',
  // NIS2 Art. 23(4)(c); Cbw art. 28 (intermediate report on request).
  statusUpdate: 'Stand van zaken',
  requestReference: 'Kenmerk van het verzoek',
  // NIS2 Art. 23(4)(d)-(e); Cbw art. 29 (final and progress report).
  description: 'Uitgebreide beschrijving van het incident',
  severity: 'Ernst',
  impact: 'Gevolgen',
  threatTypeOrRootCause: 'Soort dreiging of grondoorzaak', // glossary: grondoorzaak
  mitigationMeasures: 'Risicobeperkende maatregelen', // glossary: risicobeperkende maatregelen
  'mitigationMeasures.applied': 'Genomen risicobeperkende maatregelen',
  'mitigationMeasures.ongoing': 'Lopende risicobeperkende maatregelen',
  crossBorderImpact: 'Grensoverschrijdende gevolgen',
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
};

/** Where a report is on its way to the competent authority / CSIRT (glossary: bevoegde autoriteit). */
export const SUBMISSION_STATUS_LABELS_NL: Readonly<Record<SubmissionStatus, string>> = {
  pending: 'Onderweg naar de autoriteit',
  delivered: 'Ontvangen door de autoriteit',
  failed: 'Geweigerd door de autoriteit',
};

import { PROGRESS_REPORT_POINTS, type ReportStage } from '@weerbaar/core/incidents';
import { fromDutchInputValue } from './amsterdam-input.ts';

export type Draft = Record<string, unknown>;

/**
 * NIS2 Art. 23(5); Cbw art. 36(1)-(2): the entity may ask for guidance or technical support with any
 * report (not the CER ones: CER Art. 15 has no such procedure).
 */
const SUPPORT_FIELDS = ['supportRequest.guidance', 'supportRequest.technicalSupport', 'supportRequest.note'] as const;

/** Fields the form shows as a checkbox (true when ticked) or a Dutch-time date, not as text. */
export const CHECKBOX_FIELDS: ReadonlySet<string> = new Set([
  'crossBorderInformationNoneAvailable',
  'supportRequest.guidance',
  'supportRequest.technicalSupport',
  ...PROGRESS_REPORT_POINTS.map((p) => `notYetKnown.${p}`),
]);
export const DATETIME_FIELDS: ReadonlySet<string> = new Set(['suspectedStartAt']);

/** The fields each stage's form shows, as paths into the content (NIS2 Art. 23(4) and 30; CER Art. 15(2)). */
export const REPORT_FIELDS: Record<ReportStage, readonly string[]> = {
  early_warning: [
    'suspectedUnlawfulOrMalicious',
    'crossBorderImpactPossible',
    'contact.name',
    'contact.email',
    'contact.phone',
    'summary',
    // Cyberbeveiligingsbesluit (consultation draft) art. 25(a)-(c).
    'suspectedStartAt',
    'recoveryTimeForecast',
    'measuresTaken',
    ...SUPPORT_FIELDS,
  ],
  notification: [
    'suspectedUnlawfulOrMalicious',
    'crossBorderImpactPossible',
    'contact.name',
    'contact.email',
    'contact.phone',
    'initialAssessment.severity',
    'initialAssessment.impact',
    'indicatorsOfCompromise',
    // Cbw art. 27(1)(d): the information, or explicitly none.
    'crossBorderInformation',
    'crossBorderInformationNoneAvailable',
    ...SUPPORT_FIELDS,
  ],
  intermediate_report: ['statusUpdate', ...SUPPORT_FIELDS],
  final_report: [
    'description',
    'severity',
    'impact',
    'threatTypeOrRootCause',
    // The same as a code (our own list, core report-root-cause.ts), for the authority's trends; optional.
    'rootCauseCode',
    'mitigationMeasures.applied',
    'mitigationMeasures.ongoing',
    'crossBorderImpact',
    ...SUPPORT_FIELDS,
  ],
  // Cbw art. 29(2): each point answered or ticked "nog niet bekend".
  progress_report: [
    'description',
    'notYetKnown.description',
    'severity',
    'notYetKnown.severity',
    'impact',
    'notYetKnown.impact',
    'threatTypeOrRootCause',
    'notYetKnown.threatTypeOrRootCause',
    'mitigationMeasures.applied',
    'mitigationMeasures.ongoing',
    'notYetKnown.mitigationMeasures',
    'crossBorderImpact',
    'notYetKnown.crossBorderImpact',
    ...SUPPORT_FIELDS,
  ],
  // CER Art. 15(2): the cross-border information itself, or explicitly none.
  cer_initial: [
    'nature',
    'cause',
    'possibleConsequences',
    'crossBorderImpact',
    'crossBorderInformation',
    'crossBorderInformationNoneAvailable',
  ],
  cer_detailed: [
    'nature',
    'cause',
    'possibleConsequences',
    'crossBorderImpact',
    'crossBorderInformation',
    'crossBorderInformationNoneAvailable',
  ],
  voluntary_notification: [
    'subject',
    'description',
    'suspectedUnlawfulOrMalicious',
    'crossBorderImpactPossible',
    'contact.name',
    'contact.email',
    'contact.phone',
    ...SUPPORT_FIELDS,
  ],
};

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const str = (v: string | undefined) => (v ?? '').trim();
/** A ticked checkbox is in the form data (any value); an unticked one is absent. */
const ticked = (v: string | undefined) => v !== undefined && v !== '';

/** Cbw art. 36: the request is only sent when something is asked; otherwise it is left out. */
function supportRequest(v: Record<string, string>) {
  const guidance = ticked(v['supportRequest.guidance']);
  const technicalSupport = ticked(v['supportRequest.technicalSupport']);
  const note = orNull(v['supportRequest.note']);
  return guidance || technicalSupport || note ? { supportRequest: { guidance, technicalSupport, note } } : {};
}

/** Cbw art. 27(1)(d); CER Art. 15(2): the information, or the explicit "none available". */
function crossBorderInformation(v: Record<string, string>) {
  const none = ticked(v.crossBorderInformationNoneAvailable);
  return {
    crossBorderInformation: orNull(v.crossBorderInformation),
    ...(none ? { crossBorderInformationNoneAvailable: true } : {}),
  };
}

/** The content to submit, from the form's values; what the form does not show comes from the draft. */
export function buildReportContent(
  stage: ReportStage,
  v: Record<string, string>,
  draft: Draft,
): Record<string, unknown> {
  const contact = { name: str(v['contact.name']), email: str(v['contact.email']), phone: str(v['contact.phone']) };
  switch (stage) {
    case 'early_warning':
      return {
        suspectedUnlawfulOrMalicious: v.suspectedUnlawfulOrMalicious,
        crossBorderImpactPossible: v.crossBorderImpactPossible,
        contact,
        summary: orNull(v.summary),
        // A blank date is the explicit "nog niet bekend" (null), as the draft Cbb's art. 25(a) allows.
        suspectedStartAt: fromDutchInputValue(v.suspectedStartAt) ?? null,
        recoveryTimeForecast: orNull(v.recoveryTimeForecast),
        measuresTaken: orNull(v.measuresTaken),
        ...supportRequest(v),
      };
    case 'notification':
      return {
        suspectedUnlawfulOrMalicious: v.suspectedUnlawfulOrMalicious,
        crossBorderImpactPossible: v.crossBorderImpactPossible,
        contact,
        initialAssessment: {
          severity: v['initialAssessment.severity'] || undefined,
          impact: str(v['initialAssessment.impact']),
        },
        indicatorsOfCompromise: draft.indicatorsOfCompromise ?? [],
        ...crossBorderInformation(v),
        ...supportRequest(v),
      };
    case 'intermediate_report':
      return { statusUpdate: str(v.statusUpdate), ...supportRequest(v) };
    case 'final_report':
      return {
        description: str(v.description),
        severity: v.severity || undefined,
        impact: str(v.impact),
        threatTypeOrRootCause: str(v.threatTypeOrRootCause),
        rootCauseCode: v.rootCauseCode || undefined,
        mitigationMeasures: {
          applied: str(v['mitigationMeasures.applied']),
          ongoing: orNull(v['mitigationMeasures.ongoing']),
        },
        crossBorderImpact: orNull(v.crossBorderImpact),
        ...supportRequest(v),
      };
    case 'progress_report':
      return {
        description: orNull(v.description),
        severity: v.severity || null,
        impact: orNull(v.impact),
        threatTypeOrRootCause: orNull(v.threatTypeOrRootCause),
        mitigationMeasures: {
          applied: orNull(v['mitigationMeasures.applied']),
          ongoing: orNull(v['mitigationMeasures.ongoing']),
        },
        crossBorderImpact: orNull(v.crossBorderImpact),
        notYetKnown: PROGRESS_REPORT_POINTS.filter((p) => ticked(v[`notYetKnown.${p}`])),
        ...supportRequest(v),
      };
    case 'cer_initial':
    case 'cer_detailed':
      return {
        nature: str(v.nature),
        cause: orNull(v.cause),
        possibleConsequences: str(v.possibleConsequences),
        crossBorderImpact: v.crossBorderImpact,
        ...crossBorderInformation(v),
        parameters: draft.parameters,
      };
    case 'voluntary_notification':
      // NIS2 Art. 30: the indicators of compromise come from the register, as in the notification.
      return {
        subject: v.subject || undefined,
        description: str(v.description),
        suspectedUnlawfulOrMalicious: v.suspectedUnlawfulOrMalicious,
        crossBorderImpactPossible: v.crossBorderImpactPossible,
        indicatorsOfCompromise: draft.indicatorsOfCompromise ?? [],
        contact,
        ...supportRequest(v),
      };
  }
}

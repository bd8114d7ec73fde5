import type { ReportStage } from '@weerbaar/core/incidents';

export type Draft = Record<string, unknown>;

/** The fields each stage's form shows, as paths into the content (NIS2 Art. 23(4) and 30; CER Art. 15(2)). */
export const REPORT_FIELDS: Record<ReportStage, readonly string[]> = {
  early_warning: [
    'suspectedUnlawfulOrMalicious',
    'crossBorderImpactPossible',
    'contact.name',
    'contact.email',
    'contact.phone',
    'summary',
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
    'crossBorderInformation',
  ],
  intermediate_report: ['statusUpdate'],
  final_report: [
    'description',
    'severity',
    'impact',
    'threatTypeOrRootCause',
    'mitigationMeasures.applied',
    'mitigationMeasures.ongoing',
    'crossBorderImpact',
  ],
  progress_report: [
    'description',
    'severity',
    'impact',
    'threatTypeOrRootCause',
    'mitigationMeasures.applied',
    'mitigationMeasures.ongoing',
    'crossBorderImpact',
  ],
  cer_initial: ['nature', 'cause', 'possibleConsequences', 'crossBorderImpact'],
  cer_detailed: ['nature', 'cause', 'possibleConsequences', 'crossBorderImpact'],
  voluntary_notification: [
    'subject',
    'description',
    'suspectedUnlawfulOrMalicious',
    'crossBorderImpactPossible',
    'contact.name',
    'contact.email',
    'contact.phone',
  ],
};

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const str = (v: string | undefined) => (v ?? '').trim();

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
        crossBorderInformation: orNull(v.crossBorderInformation),
      };
    case 'intermediate_report':
      return { statusUpdate: str(v.statusUpdate) };
    case 'final_report':
      return {
        description: str(v.description),
        severity: v.severity || undefined,
        impact: str(v.impact),
        threatTypeOrRootCause: str(v.threatTypeOrRootCause),
        mitigationMeasures: {
          applied: str(v['mitigationMeasures.applied']),
          ongoing: orNull(v['mitigationMeasures.ongoing']),
        },
        crossBorderImpact: orNull(v.crossBorderImpact),
      };
    case 'progress_report':
      return {
        description: str(v.description),
        severity: v.severity || null,
        impact: orNull(v.impact),
        threatTypeOrRootCause: orNull(v.threatTypeOrRootCause),
        mitigationMeasures: {
          applied: orNull(v['mitigationMeasures.applied']),
          ongoing: orNull(v['mitigationMeasures.ongoing']),
        },
        crossBorderImpact: orNull(v.crossBorderImpact),
      };
    case 'cer_initial':
    case 'cer_detailed':
      return {
        nature: str(v.nature),
        cause: orNull(v.cause),
        possibleConsequences: str(v.possibleConsequences),
        crossBorderImpact: v.crossBorderImpact,
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
      };
  }
}

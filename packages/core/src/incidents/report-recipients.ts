// Who receives each report, with the article that says so. Cbw arts. 26(1), 27(1)-(2) and 29(1) send every
// mandatory report to the entity's CSIRT *and* its competent authority; the Cbw has no single reporting point
// and no article that forwards a report from one to the other as the entity's own report (art. 39(1): the
// CSIRT informs the single point of contact; art. 40: the competent authority informs the Wwke authority;
// art. 51(1): a general duty to cooperate). So the platform delivers each report to both, each with its own
// receipt (docs/DELIVERY.md, "Both recipients").
import type { SubmissionRecipient } from '../delivery/submission.contracts.ts';
import type { ReportStage } from './reporting-stages.ts';

export interface ReportRecipients {
  recipients: readonly SubmissionRecipient[];
  /** The article(s) that name the recipients. */
  source: string;
}

const BOTH = ['csirt', 'competent_authority'] as const satisfies readonly SubmissionRecipient[];

export const REPORT_RECIPIENTS: Readonly<Record<ReportStage, ReportRecipients>> = {
  early_warning: { recipients: BOTH, source: 'Cbw art. 26(1)' },
  notification: { recipients: BOTH, source: 'Cbw art. 27(1) and (2)' },
  // Cbw art. 28 names no addressee: asked by either, "in het kader van de melding" of art. 27(1), which goes to both.
  intermediate_report: { recipients: BOTH, source: 'Cbw art. 28 with art. 27(1)' },
  final_report: { recipients: BOTH, source: 'Cbw art. 29(1)' },
  // Cbw art. 29(2): instead of the final report of art. 29(1), so to the same recipients.
  progress_report: { recipients: BOTH, source: 'Cbw art. 29(2) with art. 29(1)' },
  // CER Art. 15(1): to the competent authority — for a critical entity the Wwke authority, which is also its
  // Cbw competent authority (Cbw art. 15(5)).
  cer_initial: { recipients: ['competent_authority'], source: 'CER Art. 15(1); Cbw art. 15(5)' },
  cer_detailed: { recipients: ['competent_authority'], source: 'CER Art. 15(1); Cbw art. 15(5)' },
  // Cbw art. 33(1)(a): a voluntary notification by an essential or important entity goes to its CSIRT.
  voluntary_notification: { recipients: ['csirt'], source: 'Cbw art. 33(1)(a)' },
};

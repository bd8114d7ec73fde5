// How the work on an incident moves its handling status (incident-workflow.ts), so the status follows
// what the handler does instead of staying "new" beside a report that has already left.
// Pure. Two kinds of rule: a few steps are taken automatically (they can only be right), the others are
// a prompt on the incident page with a button: the handler decides.
import { canTransition, isOpenStatus, type IncidentStatus } from './incident-workflow.ts';
import type { ReportStage } from './reporting-stages.ts';

/** Work that shows the incident is being handled. */
export const PROGRESS_TRIGGERS = ['significance_decided', 'report_submitted', 'authority_feedback'] as const;
export type ProgressTrigger = (typeof PROGRESS_TRIGGERS)[number];

/**
 * The status the work moves the incident to by itself, or null. Weighing significance (NIS2 Art. 23(3)),
 * sending a report (NIS2 Art. 23(4); Art. 30 for a voluntary one) or getting the authority's response
 * (NIS2 Art. 23(5)) is triage work, whichever it was: an incident still "new" goes to triage. Nothing else moves by itself —
 * above all no report closes an incident: whether it is handled is the handler's call (see statusPrompt).
 */
export function automaticTransition(status: IncidentStatus): IncidentStatus | null {
  return status === 'new' ? 'triage' : null;
}

export type StatusPromptReason = 'work_started' | 'final_report_sent';

export interface StatusPrompt {
  reason: StatusPromptReason;
  /** The step the button takes (always one the workflow allows from the current status). */
  to: IncidentStatus;
  source: string;
}

/**
 * The hint the incident page shows beside the status, or null.
 * - Still "new" although it was decided or reported on (an incident from before the automatic step):
 *   move it to triage.
 * - A final report was sent while the incident is open: NIS2 Art. 23(4)(d) and (e) — a final report is
 *   for a handled incident (an incident still ongoing gets a progress report instead, and its final report
 *   within a month after it is handled; Cbw art. 29). So ask whether to close it; from eradication the
 *   workflow goes through recovery first.
 */
export function statusPrompt(
  status: IncidentStatus,
  facts: { decided: boolean; reportStages: readonly ReportStage[] },
): StatusPrompt | null {
  if (status === 'new' && (facts.decided || facts.reportStages.length > 0)) {
    return { reason: 'work_started', to: 'triage', source: 'NIS2 Art. 21(2)(b)' };
  }
  if (isOpenStatus(status) && facts.reportStages.includes('final_report')) {
    return {
      reason: 'final_report_sent',
      to: canTransition(status, 'closed') ? 'closed' : 'recovery',
      source: 'NIS2 Art. 23(4)(d), (e); Cbw art. 29',
    };
  }
  return null;
}

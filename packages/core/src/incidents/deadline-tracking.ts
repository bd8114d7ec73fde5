// Where an incident stands against each reporting deadline at a given moment: the computed clock
// (reporting-deadlines.ts) combined with the reports actually submitted. Pure: `nowMs` is passed in,
// so reminders and dashboards can be tested with any clock.
import { z } from 'zod';
import type { ReportingDeadlines } from './reporting-deadlines.ts';
import { REPORTING_STAGES, StageDeadlineSchema, type ReportStage } from './reporting-stages.ts';

export const DEADLINE_STATES = [
  'pending',
  'overdue',
  'submitted',
  'submitted_late',
  'conditional',
  'awaiting_input',
  'not_applicable',
] as const;
export const DeadlineStateSchema = z.enum(DEADLINE_STATES);
export type DeadlineState = z.infer<typeof DeadlineStateSchema>;

export const TrackedDeadlineSchema = StageDeadlineSchema.extend({
  /**
   * `pending`: due and not yet submitted; `overdue`: its strict deadline has passed without a report;
   * `submitted` / `submitted_late`: the first report of the stage, on time or after the deadline;
   * otherwise the clock's own status.
   */
  state: DeadlineStateSchema,
  submittedAt: z.iso.datetime().nullable(),
  reportId: z.uuid().nullable(),
});
export type TrackedDeadline = z.infer<typeof TrackedDeadlineSchema>;

export interface SubmittedStage {
  /** A voluntary notification may be among them; it fulfils no stage (see below). */
  stage: ReportStage;
  reportId: string;
  submittedAt: string;
}

/** States in which a report is still owed (or may be, for a conditional progress report). */
export const OWED_STATES: readonly DeadlineState[] = ['pending', 'overdue', 'conditional'];

/**
 * Tracks every reporting stage. `submissions` are the reports that count for the stage (for the
 * intermediate report: those after the latest request). The first submission of a stage fulfils it;
 * later versions are corrections.
 */
export function trackReportingDeadlines(
  deadlines: ReportingDeadlines,
  submissions: readonly SubmittedStage[],
  nowMs: number,
): TrackedDeadline[] {
  const first = new Map<ReportStage, SubmittedStage>();
  // Only the clock's own stages are tracked: a voluntary notification (NIS2 Art. 30) neither fulfils an
  // Art. 23(4) stage nor owes one (Art. 30(2)), so it is never pending, overdue or late.
  for (const s of [...submissions].sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt))) {
    if (!first.has(s.stage)) first.set(s.stage, s);
  }
  return REPORTING_STAGES.map((stage) => {
    const d = deadlines.stages[stage];
    const sub = first.get(stage);
    const base = { ...d, submittedAt: sub?.submittedAt ?? null, reportId: sub?.reportId ?? null };
    const deadlineMs = d.deadline === null ? null : Date.parse(d.deadline);
    if (sub && d.status !== 'not_applicable') {
      const late = deadlineMs !== null && Date.parse(sub.submittedAt) > deadlineMs;
      return { ...base, state: late ? 'submitted_late' : 'submitted' };
    }
    if (stage === 'progress_report' && d.status === 'conditional') {
      // NIS2 Art. 23(4)(e): a progress report replaces the final report only if that is not submitted
      // by its deadline; once the deadline passes with the incident still ongoing, it is owed.
      if (first.has('final_report')) return { ...base, state: 'not_applicable' };
      return { ...base, state: deadlineMs !== null && nowMs > deadlineMs ? 'overdue' : 'conditional' };
    }
    if (
      stage === 'final_report' &&
      d.status === 'due' &&
      first.has('progress_report') &&
      deadlines.stages.progress_report.status === 'conditional'
    ) {
      // A progress report was given while the incident was ongoing: the final report follows one month
      // after handling (NIS2 Art. 23(4)(e)), which is not known yet.
      return { ...base, state: 'awaiting_input', awaiting: null, deadline: null, legalEnd: null };
    }
    if (d.status !== 'due') return { ...base, state: d.status };
    return { ...base, state: deadlineMs !== null && nowMs > deadlineMs ? 'overdue' : 'pending' };
  });
}

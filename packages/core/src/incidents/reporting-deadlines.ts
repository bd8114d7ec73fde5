// The incident reporting clock: from the moment an entity becomes aware of a significant incident to
// each report it owes (NIS2 Art. 23(4), Cbw arts. 26-29, CER Art. 15(1)), and the authority's first
// answer (NIS2 Art. 23(5)). Pure: instants in, UTC ISO instants out.
import { z } from 'zod';
import { DomainError, invalidField, invalidParamsFromZod } from '../platform/domain-error.ts';
import {
  formatInstant,
  InstantInputSchema,
  toEpochMs,
  type InstantInput,
  type IsoInstant,
} from '../platform/instant.ts';
import { addElapsedHours, computeOneMonthPeriod } from '../platform/legal-periods.ts';
import {
  FINAL_AFTER_PROGRESS_SOURCE,
  INCIDENT_RULES_VERSION,
  STAGE_DEFINITIONS,
  StageDeadlineSchema,
  TRUST_SERVICE_NOTIFICATION_SOURCE,
  type AnchorKind,
  type DeadlineStage,
  type ReportingStage,
  type StageDeadline,
} from './reporting-stages.ts';

export const ReportingClockInputSchema = z
  .object({
    /** T0: when the entity became aware of the significant incident (Impl. Reg. 2024/2690 recital 31). */
    awareAt: InstantInputSchema,
    /** When the incident notification (NIS2 Art. 23(4)(b)) was actually submitted. */
    notifiedAt: InstantInputSchema.nullish(),
    /** When the incident was handled (resolved); decides whether a progress report is due instead. */
    handledAt: InstantInputSchema.nullish(),
    /** When the CSIRT or competent authority asked for an intermediate report (Cbw art. 28), with or without a time. */
    intermediateReportRequestedAt: InstantInputSchema.nullish(),
    /** The time the CSIRT or competent authority set when it asked for an intermediate report, if it set one. */
    intermediateReportDueAt: InstantInputSchema.nullish(),
    /** When the CER initial notification was submitted: the detailed report counts from it (CER Art. 15(1)). */
    cerNotifiedAt: InstantInputSchema.nullish(),
    /** The entity provides a trust service (the organisation; NIS2 Art. 23(4) second subparagraph; Cbw art. 27(2)). */
    trustServiceProvider: z.boolean().default(false),
    /**
     * Per incident: does it affect the provision of the trust service? Only then is the notification due
     * within 24 h (Cbw art. 27(2): "als dat incident gevolgen heeft voor de verlening van haar
     * vertrouwensdienst"). Null (not known) for a trust service provider keeps the strict 24 h.
     */
    affectsTrustService: z.boolean().nullish(),
    /** The entity is a critical entity with CER Chapter III duties (not banking, FMI or digital infrastructure, CER Art. 8). */
    criticalEntity: z.boolean().default(false),
    /** The incident is a significant incident under NIS2; false for a CER-only (non-cyber) disruption. */
    nis2: z.boolean().default(true),
  })
  .strict();
export type ReportingClockInput = z.input<typeof ReportingClockInputSchema>;

export const ReportingDeadlinesSchema = z.object({
  rulesVersion: z.string(),
  awareAt: z.iso.datetime(),
  stages: z.object({
    early_warning: StageDeadlineSchema,
    notification: StageDeadlineSchema,
    intermediate_report: StageDeadlineSchema,
    final_report: StageDeadlineSchema,
    progress_report: StageDeadlineSchema,
    cer_initial: StageDeadlineSchema,
    cer_detailed: StageDeadlineSchema,
  }),
});
export type ReportingDeadlines = z.infer<typeof ReportingDeadlinesSchema>;

/** The five headline deadlines (strict, UTC), as the CLI prints them. */
export const DeadlineSummarySchema = z.object({
  early_warning: z.iso.datetime().nullable(),
  notification: z.iso.datetime().nullable(),
  final_report: z.iso.datetime().nullable(),
  cer_initial: z.iso.datetime().nullable(),
  cer_detailed: z.iso.datetime().nullable(),
});
export type DeadlineSummary = z.infer<typeof DeadlineSummarySchema>;

const STRICT_MONTH_READING =
  'same clock time on the same date one month later, the earlier of the Amsterdam and UTC clocks (end of the last day where a shorter month lacks the date); legalEnd: end of that Dutch day, moved to the next working day (Reg. 1182/71 Art. 3; Algemene termijnenwet art. 1)';

interface StageParts {
  status: StageDeadline['status'];
  anchor?: AnchorKind | null;
  anchorAtMs?: number | null;
  period?: StageDeadline['period'];
  deadlineMs?: number | null;
  legalEndMs?: number | null;
  awaiting?: StageDeadline['awaiting'];
  reading?: string | null;
  source?: string;
  obligation?: StageDeadline['obligation'];
}

function buildStage(stage: DeadlineStage, parts: StageParts): StageDeadline {
  const definition = STAGE_DEFINITIONS[stage];
  const iso = (ms: number | null | undefined): IsoInstant | null => (ms == null ? null : formatInstant(ms));
  return {
    stage,
    labelNl: definition.labelNl,
    labelEn: definition.labelEn,
    source: parts.source ?? definition.source,
    obligation: parts.obligation ?? 'mandatory',
    status: parts.status,
    anchor: parts.anchor ?? null,
    anchorAt: iso(parts.anchorAtMs),
    period: parts.period ?? null,
    deadline: iso(parts.deadlineMs),
    legalEnd: iso(parts.legalEndMs),
    awaiting: parts.awaiting ?? null,
    reading: parts.reading ?? null,
  };
}

const notApplicable = (stage: DeadlineStage, reading: string): StageDeadline =>
  buildStage(stage, { status: 'not_applicable', reading });

function hoursAfter(
  stage: DeadlineStage,
  anchor: AnchorKind,
  anchorMs: number,
  hours: 24 | 72,
  extra: Partial<StageParts> = {},
): StageDeadline {
  return buildStage(stage, {
    status: 'due',
    anchor,
    anchorAtMs: anchorMs,
    period: hours === 24 ? 'PT24H' : 'PT72H',
    deadlineMs: addElapsedHours(anchorMs, hours),
    reading: `${hours} elapsed hours, regardless of DST changes`,
    ...extra,
  });
}

function oneMonthAfter(
  stage: DeadlineStage,
  anchor: AnchorKind,
  anchorMs: number,
  extra: Partial<StageParts> = {},
): StageDeadline {
  const period = computeOneMonthPeriod(anchorMs);
  return buildStage(stage, {
    status: 'due',
    anchor,
    anchorAtMs: anchorMs,
    period: 'P1M',
    deadlineMs: period.deadlineMs,
    legalEndMs: period.legalEndMs > period.deadlineMs ? period.legalEndMs : null,
    reading: STRICT_MONTH_READING,
    ...extra,
  });
}

function parseClockInput(input: ReportingClockInput): z.output<typeof ReportingClockInputSchema> {
  const parsed = ReportingClockInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const invalidParams = invalidParamsFromZod(parsed.error);
  const first = invalidParams[0];
  throw new DomainError('validation_failed', first ? `${first.name}: ${first.reason}` : 'invalid input', invalidParams);
}

function requireNotBefore(ms: number | null, field: string, awareMs: number): void {
  if (ms !== null && ms < awareMs) throw invalidField(field, 'must not be before awareAt');
}

const optionalMs = (value: IsoInstant | null | undefined, field: string): number | null =>
  value == null ? null : toEpochMs(value, field);

/**
 * Every reporting deadline for one incident. Deadlines are strict (the earliest reading of the law);
 * periods in months also give `legalEnd`. Throws a `validation_failed` DomainError naming the field on
 * bad input (an instant without offset, notifiedAt before awareAt, …).
 */
export function computeReportingDeadlines(input: ReportingClockInput): ReportingDeadlines {
  const clock = parseClockInput(input);
  const awareMs = toEpochMs(clock.awareAt, 'awareAt');
  const notifiedMs = optionalMs(clock.notifiedAt, 'notifiedAt');
  const handledMs = optionalMs(clock.handledAt, 'handledAt');
  const intermediateDueMs = optionalMs(clock.intermediateReportDueAt, 'intermediateReportDueAt');
  const cerNotifiedMs = optionalMs(clock.cerNotifiedAt, 'cerNotifiedAt');
  requireNotBefore(notifiedMs, 'notifiedAt', awareMs);
  requireNotBefore(intermediateDueMs, 'intermediateReportDueAt', awareMs);
  requireNotBefore(cerNotifiedMs, 'cerNotifiedAt', awareMs);

  const intermediateRequestedMs = optionalMs(clock.intermediateReportRequestedAt, 'intermediateReportRequestedAt');
  const nis2Stages = clock.nis2
    ? computeNis2Stages(awareMs, notifiedMs, handledMs, {
        requestedMs: intermediateRequestedMs,
        dueMs: intermediateDueMs,
        trustService: !clock.trustServiceProvider
          ? 'not_provider'
          : clock.affectsTrustService == null
            ? 'unknown'
            : clock.affectsTrustService
              ? 'affected'
              : 'not_affected',
      })
    : notApplicableNis2Stages();
  const cerStages = clock.criticalEntity ? computeCerStages(awareMs, cerNotifiedMs) : notApplicableCerStages();

  return {
    rulesVersion: INCIDENT_RULES_VERSION,
    awareAt: formatInstant(awareMs),
    stages: { ...nis2Stages, ...cerStages },
  };
}

type Nis2Stage = Exclude<ReportingStage, 'cer_initial' | 'cer_detailed'>;

interface Nis2Facts {
  /** When the CSIRT or authority asked for an intermediate report; null when it did not (or not known). */
  requestedMs: number | null;
  /** The time it set for that report; null when it set none. */
  dueMs: number | null;
  /** Cbw art. 27(2): whether the incident affects the provision of the entity's trust service. */
  trustService: 'not_provider' | 'affected' | 'not_affected' | 'unknown';
}

/**
 * NIS2 Art. 23(4)(b); Cbw art. 27(1): incident notification within 72 h of becoming aware. Cbw art. 27(2)
 * (NIS2 Art. 23(4) second subparagraph): within 24 h for a trust service provider, if the incident affects
 * the provision of its trust service — a fact of the incident, not of the organisation.
 */
function notificationStage(awareMs: number, trustService: Nis2Facts['trustService']): StageDeadline {
  if (trustService === 'affected') {
    return hoursAfter('notification', 'aware_at', awareMs, 24, {
      source: TRUST_SERVICE_NOTIFICATION_SOURCE,
      reading: '24 elapsed hours: the incident affects the provision of the trust service (Cbw art. 27(2))',
    });
  }
  if (trustService === 'unknown') {
    // Not known yet whether the trust service is affected: the strict reading (24 h) until it is said.
    return hoursAfter('notification', 'aware_at', awareMs, 24, {
      source: TRUST_SERVICE_NOTIFICATION_SOURCE,
      awaiting: 'affectsTrustService',
      reading:
        '24 elapsed hours unless the incident does not affect the provision of the trust service (then 72 h, Cbw art. 27(1)); say whether it does',
    });
  }
  if (trustService === 'not_affected') {
    return hoursAfter('notification', 'aware_at', awareMs, 72, {
      reading:
        '72 elapsed hours: the incident does not affect the provision of the trust service, so the 24 h of Cbw art. 27(2) does not apply',
    });
  }
  return hoursAfter('notification', 'aware_at', awareMs, 72);
}

/**
 * NIS2 Art. 23(4)(c); Cbw art. 28: only on request of the CSIRT or competent authority. The law sets no
 * period: with a time set, that time is the deadline; without one, the request is still owed (pending,
 * "onverwijld" in practice) but can never be overdue.
 */
function intermediateStage({ requestedMs, dueMs }: Nis2Facts): StageDeadline {
  if (dueMs !== null) {
    return buildStage('intermediate_report', {
      status: 'due',
      anchor: 'authority_request',
      anchorAtMs: requestedMs,
      deadlineMs: dueMs,
      reading: 'the time set in the request',
    });
  }
  if (requestedMs !== null) {
    return buildStage('intermediate_report', {
      status: 'due',
      anchor: 'authority_request',
      anchorAtMs: requestedMs,
      reading: 'requested without a time: owed on request, without a deadline the law sets (Cbw art. 28)',
    });
  }
  return buildStage('intermediate_report', {
    status: 'awaiting_input',
    anchor: 'authority_request',
    awaiting: 'intermediateReportDueAt',
    reading: 'due only on request of the CSIRT or competent authority, by the time it sets',
  });
}

function computeNis2Stages(
  awareMs: number,
  notifiedMs: number | null,
  handledMs: number | null,
  facts: Nis2Facts,
): Record<Nis2Stage, StageDeadline> {
  // NIS2 Art. 23(4)(a); Cbw art. 26: early warning within 24 h of becoming aware.
  const earlyWarning = hoursAfter('early_warning', 'aware_at', awareMs, 24);
  const notification = notificationStage(awareMs, facts.trustService);
  const intermediateReport = intermediateStage(facts);

  if (notifiedMs === null) {
    const awaitingNotification = (stage: 'final_report' | 'progress_report'): StageDeadline =>
      buildStage(stage, {
        status: 'awaiting_input',
        anchor: 'notified_at',
        period: 'P1M',
        awaiting: 'notifiedAt',
        reading: 'one month after the incident notification is actually submitted',
      });
    return {
      early_warning: earlyWarning,
      notification,
      intermediate_report: intermediateReport,
      final_report: awaitingNotification('final_report'),
      progress_report: awaitingNotification('progress_report'),
    };
  }

  // NIS2 Art. 23(4)(d); Cbw art. 29(1): final report one month after the SUBMISSION of the incident
  // notification — counted from its actual submission, as the text says, not from its deadline.
  const finalAfterNotification = oneMonthAfter('final_report', 'notified_at', notifiedMs);
  const progressAtFinalDeadline = (status: 'due' | 'conditional', reading: string): StageDeadline =>
    oneMonthAfter('progress_report', 'notified_at', notifiedMs, { status, reading });
  const base = { early_warning: earlyWarning, notification, intermediate_report: intermediateReport };

  if (handledMs !== null && handledMs > computeOneMonthPeriod(notifiedMs).deadlineMs) {
    // NIS2 Art. 23(4)(e); Cbw art. 29(2): still ongoing when the final report was due → a progress report
    // at that deadline, and the final report one month after the incident has been handled.
    return {
      ...base,
      final_report: oneMonthAfter('final_report', 'handled_at', handledMs, { source: FINAL_AFTER_PROGRESS_SOURCE }),
      progress_report: progressAtFinalDeadline(
        'due',
        'the incident was still ongoing when the final report was due: a progress report by that deadline instead',
      ),
    };
  }
  return {
    ...base,
    final_report: finalAfterNotification,
    progress_report:
      handledMs === null
        ? progressAtFinalDeadline(
            'conditional',
            'instead of the final report, by its deadline, if the incident is still ongoing then; the final report then follows one month after handling',
          )
        : notApplicable('progress_report', 'the incident was handled before the final report was due'),
  };
}

function notApplicableNis2Stages(): Record<Nis2Stage, StageDeadline> {
  const reason = 'not a significant incident under NIS2 / the Cbw';
  return {
    early_warning: notApplicable('early_warning', reason),
    notification: notApplicable('notification', reason),
    intermediate_report: notApplicable('intermediate_report', reason),
    final_report: notApplicable('final_report', reason),
    progress_report: notApplicable('progress_report', reason),
  };
}

function computeCerStages(
  awareMs: number,
  cerNotifiedMs: number | null,
): Record<'cer_initial' | 'cer_detailed', StageDeadline> {
  // CER Art. 15(1): initial notification no later than 24 h after becoming aware, unless operationally unable.
  const initial = hoursAfter('cer_initial', 'aware_at', awareMs, 24, {
    reading: '24 elapsed hours after becoming aware, unless operationally unable to notify',
  });
  // CER Art. 15(1): the initial notification "shall be followed, where relevant, by a detailed report no
  // later than one month thereafter" — counted from the initial notification, and owed only where relevant
  // (conditional: the platform cannot know whether it is, so it is never shown as overdue).
  const detailed =
    cerNotifiedMs === null
      ? buildStage('cer_detailed', {
          status: 'awaiting_input',
          anchor: 'cer_notified_at',
          period: 'P1M',
          awaiting: 'cerNotifiedAt',
          reading: 'where relevant, one month after the initial notification is actually submitted',
        })
      : oneMonthAfter('cer_detailed', 'cer_notified_at', cerNotifiedMs, {
          status: 'conditional',
          reading: `where relevant; ${STRICT_MONTH_READING}; counted from the initial notification`,
        });
  return { cer_initial: initial, cer_detailed: detailed };
}

function notApplicableCerStages(): Record<'cer_initial' | 'cer_detailed', StageDeadline> {
  const reason = 'not a critical entity with CER Art. 15 duties';
  return { cer_initial: notApplicable('cer_initial', reason), cer_detailed: notApplicable('cer_detailed', reason) };
}

/**
 * The authority's side: initial feedback to the entity without undue delay and, where possible, within
 * 24 h of receiving the early warning (NIS2 Art. 23(5); Cbw art. 36).
 */
export function computeInitialFeedbackDeadline(earlyWarningReceivedAt: InstantInput): StageDeadline {
  const receivedMs = toEpochMs(earlyWarningReceivedAt, 'earlyWarningReceivedAt');
  return hoursAfter('initial_feedback', 'early_warning_received_at', receivedMs, 24, {
    obligation: 'best_effort',
    reading: 'without undue delay and where possible within 24 elapsed hours of receiving the early warning',
  });
}

/** The five headline deadlines of a computed clock (strict deadlines; null where none applies yet). */
export function summarizeReportingDeadlines(deadlines: ReportingDeadlines): DeadlineSummary {
  const { stages } = deadlines;
  return {
    early_warning: stages.early_warning.deadline,
    notification: stages.notification.deadline,
    final_report: stages.final_report.deadline,
    cer_initial: stages.cer_initial.deadline,
    cer_detailed: stages.cer_detailed.deadline,
  };
}

// Submitting a report to the CSIRT / competent authority (NIS2 Art. 23(4); Cbw arts. 26-29; CER Art. 15).
// One transaction: the immutable report row, its audit event (whose hash the report cites), the outbox
// entry of the delivery mechanism (docs/DELIVERY.md) and the next reminders commit together — once the
// handler sees "submitted", the report cannot be lost; the outbox delivers it until a receipt comes back.
import { randomUUID } from 'node:crypto';
import {
  CER_STAGES,
  INCIDENT_REPORT_KIND,
  INCIDENT_REPORT_SCHEMA_VERSION,
  IncidentReportPayloadSchema,
  isVoluntaryStage,
  STAGE_DEFINITIONS,
  voluntaryNotificationAvailability,
  type IncidentReportPayload,
  type IncidentReportView,
  type ReportSubmission,
} from '@weerbaar/core/incidents';
import { DomainError, invalidParamsFromZod } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { findLatestDecision } from '../../repositories/incident.repository.ts';
import {
  findIncidentReport,
  insertIncidentReport,
  listIncidentReports,
} from '../../repositories/incident-report.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { enqueueSubmission, payloadDigestOf } from '../delivery/enqueue-submission.ts';
import { rescheduleDeadlineReminders } from './deadline-reminders.ts';
import { requireIncident } from './incident-guards.ts';
import { presentIncidentReport } from './incident-reports.service.ts';
import { loadIncidentSettings } from './incident-settings.service.ts';
import { addTimelineEntry } from './incident-timeline.ts';

const precondition = (reason: string) =>
  new DomainError('precondition_failed', reason, [{ name: 'body.stage', reason }]);

/** The same report id again: the first report when it is the same submission, a conflict when not. */
function sameSubmission(
  existing: { incident_id: string; stage: string; payload: Record<string, unknown> },
  incidentId: string,
  input: ReportSubmission,
): boolean {
  return (
    existing.incident_id === incidentId &&
    existing.stage === input.stage &&
    payloadDigestOf(existing.payload.content) === payloadDigestOf(input.content)
  );
}

export async function submitIncidentReport(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  input: ReportSubmission,
  now = new Date(),
): Promise<{ created: boolean; report: IncidentReportView }> {
  return db.transaction().execute(async (trx) => {
    const incident = await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
    if (input.reportId) {
      const existing = await findIncidentReport(trx, ctx.orgId, input.reportId);
      if (existing) {
        if (!sameSubmission(existing, incidentId, input)) {
          throw new DomainError('conflict', 'This report id was already used for another report', [
            { name: 'body.reportId', reason: 'already used for another report' },
          ]);
        }
        return { created: false, report: await presentIncidentReport(trx, ctx, existing) };
      }
    }

    const [decision, settings, org, reports] = await Promise.all([
      findLatestDecision(trx, ctx.orgId, incidentId),
      loadIncidentSettings(trx, ctx.orgId),
      findOrganisation(trx, ctx.orgId),
      listIncidentReports(trx, ctx.orgId, incidentId),
    ]);
    const cerStage = (CER_STAGES as readonly string[]).includes(input.stage);
    const voluntary = isVoluntaryStage(input.stage);
    if (voluntary) {
      // NIS2 Art. 30(1); Cbw art. 33: no decision needed, and none is required to be "significant".
      const availability = voluntaryNotificationAvailability(decision?.outcome ?? 'undecided');
      if (!availability.allowed) throw precondition(availability.reason);
    } else {
      // NIS2 Art. 23(1): the duty to report concerns significant incidents; CER Art. 15(1): incidents that
      // significantly disrupt an essential service of a critical entity. The decision comes first.
      if (!decision?.aware_at)
        throw precondition('decide first that the incident is significant (this starts the reporting clock)');
      if (!cerStage && decision.outcome !== 'significant')
        throw precondition('NIS2 reports are for incidents decided significant');
      if (cerStage && !(settings.criticalEntity && decision.cer_outcome === 'significant')) {
        throw precondition(
          'CER reports are for critical entities whose incident significantly disrupts an essential service',
        );
      }
    }

    const sameStage = reports.filter((r) => r.stage === input.stage);
    const previous = sameStage.at(-1) ?? null;
    const reportId = input.reportId ?? randomUUID();
    const unsigned = {
      schemaVersion: INCIDENT_REPORT_SCHEMA_VERSION,
      reportId,
      stage: input.stage,
      version: (previous?.version ?? 0) + 1,
      supersedesReportId: previous?.id ?? null,
      submittedAt: now.toISOString(),
      sender: {
        organisationName: org!.name,
        kvkNumber: org!.kvk_number,
        sector: org!.sector,
        entityType: settings.significanceEntityType,
        trustServiceProvider: settings.trustServiceProvider,
        criticalEntity: settings.criticalEntity,
      },
      incident: {
        id: incident.id,
        reference: incident.reference,
        title: incident.title,
        category: incident.category,
        detectedAt: incident.detected_at.toISOString(),
        // A voluntary notification may go without T0 or any decision (NIS2 Art. 30; Cbw art. 33).
        awareAt: decision?.aware_at?.toISOString() ?? null,
        startedAt: incident.started_at?.toISOString() ?? null,
        significance: {
          outcome: decision?.outcome ?? 'undecided',
          criteriaMet: (decision?.criteria_met ?? []).map(({ id, article }) => ({ id, article })),
        },
      },
      content: input.content,
    };
    // The audit event records the report's digest; the report cites the event's hash (DESIGN.md: reports cite their audit hash).
    const event = await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident-report.submitted',
      subjectType: 'incident-report',
      subjectId: reportId,
      after: unsigned,
      details: {
        incidentId,
        stage: input.stage,
        version: unsigned.version,
        supersedesReportId: unsigned.supersedesReportId,
      },
    });
    const parsed = IncidentReportPayloadSchema.safeParse({ ...unsigned, auditHash: event.hash });
    if (!parsed.success) {
      throw new DomainError(
        'validation_failed',
        'The report is not complete',
        invalidParamsFromZod(parsed.error, 'body'),
      );
    }
    const payload: IncidentReportPayload = parsed.data;
    const row = await insertIncidentReport(trx, {
      org_id: ctx.orgId,
      id: reportId,
      incident_id: incidentId,
      stage: input.stage,
      version: unsigned.version,
      supersedes_id: unsigned.supersedesReportId,
      payload,
      payload_digest: payloadDigestOf(payload),
      audit_hash: event.hash,
      submitted_at: now,
      submitted_by: ctx.actor.label,
    });
    // Idempotent by report id: the submission id IS the report id.
    await enqueueSubmission(trx, ctx, {
      kind: INCIDENT_REPORT_KIND,
      subjectId: reportId,
      submissionId: reportId,
      payload,
      auditHash: event.hash,
    });
    const definition = STAGE_DEFINITIONS[input.stage];
    await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'report_submitted',
      summary: `${definition.labelNl ?? definition.labelEn} verstuurd${unsigned.version > 1 ? ` (versie ${unsigned.version}, correctie)` : ''}`,
      actorLabel: ctx.actor.label,
      occurredAt: now,
    });
    // NIS2 Art. 30(2): a voluntary notification creates no obligation, so it moves no clock and plans no reminder.
    if (!voluntary) await rescheduleDeadlineReminders(trx, ctx.orgId, incidentId, now.getTime());
    return { created: true, report: await presentIncidentReport(trx, ctx, row) };
  });
}

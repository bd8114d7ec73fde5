// Submitting a report to the CSIRT / competent authority (NIS2 Art. 23(4); Cbw arts. 26-29; CER Art. 15).
// One transaction: the immutable report row, its audit event (whose hash the report cites), the outbox
// entry of the delivery mechanism (docs/DELIVERY.md) and the next reminders (incidents subscriber) commit
// together — once the handler sees "submitted", the report cannot be lost; the outbox delivers it until a
// receipt comes back.
import { randomUUID } from 'node:crypto';
import {
  CER_STAGES,
  INCIDENT_REPORT_KIND,
  INCIDENT_REPORT_SCHEMA_VERSION,
  IncidentReportPayloadSchema,
  isVoluntaryStage,
  REPORT_RECIPIENTS,
  voluntaryNotificationAvailability,
  type IncidentReportPayload,
  type IncidentReportView,
  type ReportSubmission,
} from '@weerbaar/core/incidents';
import { DomainError, invalidParamsFromZod } from '@weerbaar/core/platform';
import { findLatestDecision } from '../../repositories/incident.repository.ts';
import {
  findIncidentReport,
  insertIncidentReport,
  listIncidentReports,
} from '../../repositories/incident-report.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { listDeliveryTargets } from '../../repositories/delivery-target.repository.ts';
import { withSectorCsirtCopies } from '@weerbaar/core/delivery';
import type { OrgActor } from '../../kernel/actor.ts';
import { enqueueSubmission, payloadDigestOf } from '../delivery/enqueue-submission.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockIncidentFor } from './incident-guards.ts';
import { advanceWithWork } from './incident-progress.ts';
import { loadIncidentReportView } from './incident-report-queries.ts';
import { loadIncidentSettings } from './incident-settings.ts';

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

export const submitIncidentReport = defineUseCase({
  actions: ['incident-report.submitted', 'submission.queued', 'incident.status-changed'],
  async run(
    scope,
    ctx: OrgActor,
    { incidentId, report: input }: { incidentId: string; report: ReportSubmission },
  ): Promise<{ created: boolean; report: IncidentReportView }> {
    const { trx, now, record, unchanged } = scope;
    const incident = await lockIncidentFor(trx, ctx, incidentId, 'report');
    if (input.reportId) {
      const existing = await findIncidentReport(trx, ctx.orgId, input.reportId);
      if (existing) {
        if (!sameSubmission(existing, incidentId, input)) {
          throw new DomainError('conflict', 'This report id was already used for another report', [
            { name: 'body.reportId', reason: 'already used for another report', code: 'taken' },
          ]);
        }
        unchanged();
        return { created: false, report: await loadIncidentReportView(trx, ctx, existing) };
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
        // Cbw art. 27(2): tells the authority which notification deadline runs for this incident.
        affectsTrustService: settings.trustServiceProvider ? (decision?.affects_trust_service ?? null) : null,
        significance: {
          outcome: decision?.outcome ?? 'undecided',
          criteriaMet: (decision?.criteria_met ?? []).map(({ id, article }) => ({ id, article })),
        },
      },
      content: input.content,
    };
    // The audit event records the report's digest; the report cites the event's hash (DESIGN.md: reports cite their audit hash).
    // The incidents subscriber notes it on the timeline and, unless voluntary, replans the reminders.
    const event = await record(
      'incident-report.submitted',
      {
        subjectType: 'incident-report',
        subjectId: reportId,
        after: unsigned,
        details: {
          incidentId,
          stage: input.stage,
          version: unsigned.version,
          supersedesReportId: unsigned.supersedesReportId,
        },
      },
      { incidentId, stage: input.stage, version: unsigned.version, voluntary },
    );
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
    // Idempotent by report id: the submission id IS the report id. One delivery (and receipt) per recipient:
    // Cbw arts. 26(1), 27(1), 29(1) send the report to the CSIRT and the competent authority (REPORT_RECIPIENTS).
    await enqueueSubmission({ trx, now, record }, ctx, {
      kind: INCIDENT_REPORT_KIND,
      subjectId: reportId,
      submissionId: reportId,
      payload,
      auditHash: event.hash,
      // A copy to each sector CSIRT the entity saved a target for: its own choice, no article's
      // (Cbw art. 16(1) names no copy; docs/DELIVERY.md, "Copies to a sector CSIRT").
      recipients: withSectorCsirtCopies(
        REPORT_RECIPIENTS[input.stage].recipients,
        (await listDeliveryTargets(trx, ctx.orgId)).map((target) => target.recipient),
      ),
    });
    // A report that left means the incident is being handled: a new one moves to triage. A final report
    // closes nothing by itself; the incident page asks (core incident-progress.ts).
    await advanceWithWork(scope, ctx.orgId, incident, 'report_submitted');
    return { created: true, report: await loadIncidentReportView(trx, ctx, row) };
  },
});

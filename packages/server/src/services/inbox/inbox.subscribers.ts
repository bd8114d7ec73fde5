// Authority side: a received incident report is indexed for the inbox (filters, chains, clocks) in the
// intake's own transaction, as a subscriber of 'submission.received' (docs/DELIVERY.md).
import type { IncidentReportPayload } from '@weerbaar/core/incidents';
import { crossBorderOf, memberStatesOf } from '@weerbaar/core/inbox';
import type { Trx } from '../../db/database.ts';
import type { InboxReportRow } from '../../db/schema-incidents.ts';
import { insertInboxReports } from '../../repositories/inbox.repository.ts';
import type { DomainEvent, DomainEvents } from '../../kernel/domain-events.ts';

type Received = DomainEvent<'submission.received'>;

export function registerInboxSubscribers(events: DomainEvents): void {
  // One insert for all incident reports of an intake batch.
  events.on('submission.received', 'inbox.index-received-incident-reports', ({ trx }, received) =>
    indexReceivedIncidentReports(
      trx,
      received.filter((e) => e.data.kind === 'incident-report'),
    ),
  );
}

/** The severity the entity gave, where its stage asks for one (NIS2 Art. 23(4)(b) and (d)). */
function severityOf(content: Record<string, unknown>): string | null {
  const initial = content.initialAssessment as { severity?: unknown } | undefined;
  const severity = initial?.severity ?? content.severity;
  return typeof severity === 'string' ? severity : null;
}

/** NIS2 Art. 23(5); Cbw art. 36: whether the report asks for guidance or technical support. */
function supportRequested(content: Record<string, unknown>): boolean {
  const request = content.supportRequest as { guidance?: unknown; technicalSupport?: unknown } | undefined;
  return request?.guidance === true || request?.technicalSupport === true;
}

export async function indexReceivedIncidentReports(trx: Trx, batch: readonly Received[]): Promise<void> {
  await insertInboxReports(trx, batch.map(inboxRow));
}

function inboxRow({ orgId, data }: Received): InboxReportRow {
  // The intake validated the payload with this kind's schema (parseSubmissionPayload) and passes the result.
  const report = data.payload as unknown as IncidentReportPayload;
  return {
    // Received on the authority's chain: never the platform chain.
    org_id: orgId!,
    submission_id: data.submissionId,
    sender_org_id: data.sender.orgId,
    sender_name: data.sender.name,
    sector: report.sender.sector,
    entity_type: report.sender.entityType,
    incident_id: report.incident.id,
    incident_reference: report.incident.reference,
    incident_title: report.incident.title,
    category: report.incident.category,
    stage: report.stage,
    version: report.version,
    severity: severityOf(report.content as Record<string, unknown>),
    // The index column is NOT NULL; a voluntary notification (NIS2 Art. 30) may come without T0, and then
    // the detection time stands in. Nothing reads it for that stage: no clock is reconstructed from a
    // voluntary notification (inbox-clock.ts) and the inbox shows its awareAt as null (inbox-queries.ts).
    aware_at: new Date(report.incident.awareAt ?? report.incident.detectedAt),
    submitted_at: new Date(report.submittedAt),
    received_at: new Date(data.receivedAt),
    authority_reference: data.authorityReference,
    trust_service_provider: report.sender.trustServiceProvider,
    affects_trust_service: report.incident.affectsTrustService ?? null,
    critical_entity: report.sender.criticalEntity,
    support_requested: supportRequested(report.content as Record<string, unknown>),
    // NIS2 Art. 23(1), (6): a column, so the inbox flags and filters it at once.
    cross_border: crossBorderOf(report.stage, report.content as Record<string, unknown>),
    member_states_affected: memberStatesOf(report.content as Record<string, unknown>),
  };
}

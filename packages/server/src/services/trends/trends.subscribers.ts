// Authority side: every received incident report refreshes its chain's row in the trends rollup, in the
// intake's own transaction, after the inbox indexed it (modules.ts lists the inbox subscribers first).
// The stage deadlines are those core computes for the chain (inbox-clock.ts → computeReportingDeadlines,
// NIS2 Art. 23(4); Cbw arts. 26-29; CER Art. 15): the rollup stores them, it does not compute a clock.
import { isVoluntaryStage, ReportRootCauseSchema } from '@weerbaar/core/incidents';
import type { Trx } from '../../db/database.ts';
import type { InboxReportRow } from '../../db/schema-incidents.ts';
import type { TrendIncidentRow, TrendStageDeadlineRow } from '../../db/schema-trends.ts';
import { listChains } from '../../repositories/inbox.repository.ts';
import { replaceTrendStageDeadlines, upsertTrendIncidents } from '../../repositories/trends.repository.ts';
import type { DomainEvent, DomainEvents } from '../../kernel/domain-events.ts';
import { chainDeadlines } from '../inbox/inbox-clock.ts';

type Received = DomainEvent<'submission.received'>;

/**
 * The stages whose outcome the trends count: those with a strict deadline that is running or met. An
 * intermediate report is owed only on request (Art. 23(4)(c)) and a progress report only while the
 * incident is ongoing (Art. 23(4)(e)); neither has a deadline the authority can hold every chain to.
 */
const COUNTED_STATES = new Set(['pending', 'overdue', 'submitted', 'submitted_late']);

export function registerTrendSubscribers(events: DomainEvents): void {
  events.on('submission.received', 'trends.refresh-incident-chains', async ({ trx, now }, received) => {
    const reports = received.filter((e) => e.data.kind === 'incident-report');
    const byOrg = new Map<string, Received[]>();
    for (const e of reports) byOrg.set(e.orgId!, [...(byOrg.get(e.orgId!) ?? []), e]);
    for (const [orgId, batch] of byOrg) await refreshChains(trx, orgId, batch, now);
  });
}

async function refreshChains(trx: Trx, orgId: string, batch: readonly Received[], now: Date): Promise<void> {
  const keys = new Map<string, { senderOrgId: string; incidentId: string }>();
  const rootCauses = new Map<string, string>();
  for (const { data } of batch) {
    const incidentId = (data.payload as { incident: { id: string } }).incident.id;
    keys.set(`${data.sender.orgId}/${incidentId}`, { senderOrgId: data.sender.orgId, incidentId });
    const code = rootCauseOf(data.payload);
    if (code) rootCauses.set(`${data.sender.orgId}/${incidentId}`, code);
  }
  const chains = new Map<string, InboxReportRow[]>();
  for (const r of await listChains(trx, orgId, [...keys.values()])) {
    const key = `${r.sender_org_id}/${r.incident_id}`;
    chains.set(key, [...(chains.get(key) ?? []), r]);
  }
  const incidents: TrendIncidentRow[] = [];
  const stages: TrendStageDeadlineRow[] = [];
  for (const [key, chain] of chains) {
    incidents.push({ ...trendIncident(orgId, chain), root_cause: rootCauses.get(key) ?? null });
    stages.push(...stageDeadlines(orgId, chain, now));
  }
  await upsertTrendIncidents(trx, incidents);
  await replaceTrendStageDeadlines(trx, orgId, [...keys.values()], stages);
}

/** A chain (in submission order) as the trends count it: its dimensions as its newest report gives them. */
export function trendIncident(orgId: string, chain: readonly InboxReportRow[]): TrendIncidentRow {
  const newest = chain.at(-1)!;
  const received = chain.map((r) => r.received_at.getTime());
  const latestOf = <T>(pick: (r: InboxReportRow) => T | null): T | null =>
    [...chain]
      .reverse()
      .map(pick)
      .find((v) => v !== null) ?? null;
  const answers = chain.map((r) => r.cross_border);
  return {
    org_id: orgId,
    sender_org_id: newest.sender_org_id,
    incident_id: newest.incident_id,
    first_received_at: new Date(Math.min(...received)),
    last_received_at: new Date(Math.max(...received)),
    sector: newest.sector,
    entity_type: newest.entity_type,
    critical_entity: chain.some((r) => r.critical_entity),
    category: newest.category,
    severity: latestOf((r) => r.severity),
    // NIS2 Art. 23(6): once any report says the impact may cross borders, the incident counts as such.
    cross_border: answers.includes('yes') ? 'yes' : latestOf((r) => r.cross_border),
    voluntary: chain.every((r) => isVoluntaryStage(r.stage)),
    latest_submission_id: newest.submission_id,
    // Set from the received final report by refreshChains; null keeps what the rollup has.
    root_cause: null,
  };
}

/**
 * The coded root cause of a received final report (NIS2 Art. 23(4)(d)(ii); Cbw art. 29(1)(b); core
 * report-root-cause.ts); null for any other report or a final report without one.
 */
export function rootCauseOf(payload: Record<string, unknown>): string | null {
  if (payload.stage !== 'final_report') return null;
  const code = (payload.content as { rootCauseCode?: unknown } | undefined)?.rootCauseCode;
  const parsed = ReportRootCauseSchema.safeParse(code);
  return parsed.success ? parsed.data : null;
}

function stageDeadlines(orgId: string, chain: readonly InboxReportRow[], now: Date): TrendStageDeadlineRow[] {
  const newest = chain.at(-1)!;
  // The clock reading does not change the deadlines, only pending vs overdue, which the query decides.
  return chainDeadlines(chain, [], now.getTime())
    .filter((d) => d.deadline !== null && COUNTED_STATES.has(d.state) && d.stage !== 'intermediate_report')
    .map((d) => ({
      org_id: orgId,
      sender_org_id: newest.sender_org_id,
      incident_id: newest.incident_id,
      stage: d.stage,
      due_at: new Date(d.deadline!),
      submitted_at: d.submittedAt === null ? null : new Date(d.submittedAt),
    }));
}

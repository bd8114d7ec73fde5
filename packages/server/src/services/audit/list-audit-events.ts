import type { AuditEventQuery, AuditFacets } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import {
  findSubjectLabels,
  listAuditActors,
  listAuditSubjectTypes,
  subjectKey,
} from '../../repositories/audit-subject.repository.ts';
import { iterateAuditChain, listAuditEvents, type AuditEventFilter } from '../../repositories/audit.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { csvCell } from '../../adapters/csv.ts';
import { presentAuditEvent } from './audit.presenter.ts';

export async function listOrgAuditEvents(db: Db, ctx: OrgActor, query: AuditEventQuery) {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'audit-trail', orgId }, 'Audit trail');
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listAuditEvents(db, orgId, filter, { limit: pageSize, offset: (page - 1) * pageSize });
  const labels = await findSubjectLabels(
    db,
    orgId,
    rows.map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id })),
  );
  const labelOf = (r: (typeof rows)[number]) =>
    r.subject_id === null ? null : (labels.get(subjectKey(r.subject_type, r.subject_id)) ?? null);
  return { items: rows.map((r) => presentAuditEvent(r, labelOf(r))), page, pageSize, total };
}

/** Who acted in the trail and on what kinds of subject: the choices of the log's filters. */
export async function getAuditFacets(db: Db, ctx: OrgActor): Promise<AuditFacets> {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'audit-trail', orgId }, 'Audit trail');
  const [actors, subjectTypes] = await Promise.all([listAuditActors(db, orgId), listAuditSubjectTypes(db, orgId)]);
  return {
    actors: actors
      .map((a) => ({
        id: a.actor_id,
        type: a.actor_type as AuditFacets['actors'][number]['type'],
        label: a.actor_label,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    subjectTypes,
  };
}

const CSV_COLUMNS = [
  'seq',
  'occurredAt',
  'actorType',
  'actorId',
  'actorLabel',
  'action',
  'subjectType',
  'subjectId',
  'hash',
] as const;

/**
 * The whole filtered chain as CSV, oldest first, streamed in batches. Authorised before the stream starts,
 * so a refusal is an error answer, not a broken download.
 */
export function exportOrgAuditEventsCsv(db: Db, ctx: OrgActor, filter: AuditEventFilter): AsyncGenerator<string> {
  authorize(ctx, 'read', { type: 'audit-trail', orgId: ctx.orgId }, 'Audit trail');
  return csvRows(db, ctx.orgId, filter);
}

async function* csvRows(db: Db, orgId: string, filter: AuditEventFilter): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for await (const row of iterateAuditChain(db, orgId, filter)) {
    const e = presentAuditEvent(row);
    yield `${CSV_COLUMNS.map((c) => csvCell(e[c])).join(',')}\r\n`;
  }
}

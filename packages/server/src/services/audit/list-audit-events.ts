import type { AuditEventQuery } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
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
  return { items: rows.map(presentAuditEvent), page, pageSize, total };
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

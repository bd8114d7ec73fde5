// Shared checks of the incident use cases: finding an incident of the organisation, and times that
// cannot be right (in the future, or out of order).
import { DomainError, notFound, type InvalidParam } from '@weerbaar/core/platform';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import type { IncidentRow } from '../../db/schema-incidents.ts';
import { findIncident, lockIncident } from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';

// Clocks of SIEMs and laptops drift; a few minutes ahead is tolerated, more is a typing error.
const CLOCK_SKEW_MS = 5 * 60_000;

export async function requireIncident(
  db: DbOrTrx,
  orgId: string,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<IncidentRow> {
  const row = opts.lock ? await lockIncident(db, orgId, id) : await findIncident(db, orgId, id);
  if (!row) throw notFound('Incident');
  return row;
}

/**
 * Locks the incident a use case changes (changes to one incident are serialised) once the policy lets
 * the actor do this to it.
 */
export async function lockIncidentFor(
  trx: Trx,
  ctx: OrgActor,
  id: string,
  action: 'write' | 'report' = 'write',
): Promise<IncidentRow> {
  const row = await requireIncident(trx, ctx.orgId, id, { lock: true });
  authorize(ctx, action, { type: 'incident', orgId: row.org_id }, 'Incident');
  return row;
}

export function notInFuture(
  field: string,
  value: string | Date | null | undefined,
  nowMs: number,
  problems: InvalidParam[],
): void {
  if (value == null) return;
  if (new Date(value).getTime() > nowMs + CLOCK_SKEW_MS)
    problems.push({ name: field, reason: 'must not be in the future', code: 'not_in_future' });
}

export function notBefore(
  field: string,
  value: Date | null,
  otherField: string,
  other: Date | null,
  problems: InvalidParam[],
): void {
  if (value && other && value.getTime() < other.getTime())
    problems.push({
      name: field,
      reason: `must not be before ${otherField}`,
      code: 'not_before',
      params: { other: otherField },
    });
}

export function throwIfProblems(problems: InvalidParam[]): void {
  if (problems.length > 0) {
    throw new DomainError('validation_failed', problems.map((p) => `${p.name}: ${p.reason}`).join('; '), problems);
  }
}

import {
  IncidentImpactSchema,
  type Incident,
  type IncidentCreateSchema,
  type IncidentQuery,
  type IncidentSummary,
  type IncidentUpdateSchema,
} from '@weerbaar/core/incidents';
import { DomainError, invalidParamsFromZod, type InvalidParam } from '@weerbaar/core/platform';
import type { z } from 'zod';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { IncidentRow } from '../../db/schema-incidents.ts';
import { findAssetsByIds } from '../../repositories/asset.repository.ts';
import {
  findIncidentByExternalId,
  findLatestDecision,
  insertIncident,
  listIncidentAssets,
  listIncidents,
  nextIncidentNumber,
  replaceIncidentAssets,
  updateIncident,
  type IncidentChanges,
} from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { rescheduleDeadlineReminders } from './deadline-reminders.ts';
import { notBefore, notInFuture, requireIncident, throwIfProblems } from './incident-guards.ts';
import { presentIncident, presentIncidentSummary } from './incident.presenter.ts';
import { loadIncidentSettings } from './incident-settings.service.ts';
import { addTimelineEntry } from './incident-timeline.ts';
import { readImpact } from './significance-proposal.ts';

type CreateInput = z.output<typeof IncidentCreateSchema>;
type UpdateInput = z.output<typeof IncidentUpdateSchema>;

const AMSTERDAM_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' });

/** The incident as the API shows it: with its services and assets, the proposal and the latest decision. */
export async function loadIncident(db: DbOrTrx, orgId: string, row: IncidentRow): Promise<Incident> {
  const [assets, decision, settings] = await Promise.all([
    listIncidentAssets(db, orgId, row.id),
    findLatestDecision(db, orgId, row.id),
    loadIncidentSettings(db, orgId),
  ]);
  return presentIncident(row, assets, decision, settings);
}

export async function getIncident(db: Db, { orgId }: OrgActor, id: string): Promise<Incident> {
  return loadIncident(db, orgId, await requireIncident(db, orgId, id));
}

export async function listOrgIncidents(
  db: Db,
  { orgId }: OrgActor,
  query: IncidentQuery,
): Promise<{ items: IncidentSummary[]; page: number; pageSize: number; total: number }> {
  const { page, pageSize, status, ...rest } = query;
  const [{ rows, total }, settings] = await Promise.all([
    listIncidents(db, orgId, { ...rest, statuses: status }, { limit: pageSize, offset: (page - 1) * pageSize }),
    loadIncidentSettings(db, orgId),
  ]);
  return { items: rows.map((r) => presentIncidentSummary(r, settings)), page, pageSize, total };
}

async function assertAssetsExist(db: DbOrTrx, orgId: string, ids: readonly string[]): Promise<void> {
  const found = new Set((await findAssetsByIds(db, orgId, ids)).map((a) => a.id));
  const problems = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ name: `body.assetIds.${i}`, reason: 'is not a service or asset of this organisation' }],
  );
  throwIfProblems(problems);
}

/** Facts given replace stored ones; null makes a fact unknown again. The result is checked as a whole. */
function mergeImpact(stored: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const merged = Object.fromEntries(
    Object.entries({ ...readImpact(stored), ...changes }).filter(([, v]) => v !== null && v !== undefined),
  );
  const checked = IncidentImpactSchema.safeParse(merged);
  if (!checked.success) throwIfProblems(invalidParamsFromZod(checked.error, 'body.impact'));
  return merged;
}

/**
 * Records an incident — by hand, or by a SIEM or monitoring tool over the API. The idempotency key
 * (`externalId` or the Idempotency-Key header) makes a repeated delivery return the first incident.
 */
export async function createIncident(
  db: Db,
  ctx: OrgActor,
  input: CreateInput,
  opts: { idempotencyKey?: string | undefined; now?: Date } = {},
): Promise<{ created: boolean; incident: Incident }> {
  const now = opts.now ?? new Date();
  if (opts.idempotencyKey && input.externalId && opts.idempotencyKey !== input.externalId) {
    throw new DomainError('validation_failed', 'Idempotency-Key and externalId differ', [
      { name: 'header.idempotency-key', reason: 'must equal body.externalId when both are sent' },
    ]);
  }
  const externalId = input.externalId ?? opts.idempotencyKey ?? null;
  if (externalId) {
    const existing = await findIncidentByExternalId(db, ctx.orgId, externalId);
    if (existing) return { created: false, incident: await loadIncident(db, ctx.orgId, existing) };
  }
  const problems: InvalidParam[] = [];
  notInFuture('body.detectedAt', input.detectedAt, now.getTime(), problems);
  notBefore(
    'body.detectedAt',
    new Date(input.detectedAt),
    'startedAt',
    input.startedAt ? new Date(input.startedAt) : null,
    problems,
  );
  throwIfProblems(problems);
  const impact = mergeImpact({}, input.impact ?? {});

  const result = await db
    .transaction()
    .execute(async (trx) => {
      const assetIds = input.assetIds ?? [];
      await assertAssetsExist(trx, ctx.orgId, assetIds);
      const year = Number(AMSTERDAM_YEAR.format(now));
      const reference = `INC-${year}-${String(await nextIncidentNumber(trx, ctx.orgId, year)).padStart(4, '0')}`;
      const row = await insertIncident(trx, {
        org_id: ctx.orgId,
        reference,
        external_id: externalId,
        title: input.title,
        description: input.description ?? null,
        category: input.category,
        source: input.source,
        reported_by: input.reportedBy ?? null,
        started_at: input.startedAt ? new Date(input.startedAt) : null,
        detected_at: new Date(input.detectedAt),
        impact,
        created_by: ctx.actor.label,
      });
      // A concurrent delivery with the same key committed first: undo the numbering, answer with that one.
      if (!row) return null;
      await replaceIncidentAssets(trx, ctx.orgId, row.id, assetIds);
      const incident = await loadIncident(trx, ctx.orgId, row);
      await addTimelineEntry(trx, ctx.orgId, row.id, {
        kind: 'created',
        summary: `Incident ${reference} geregistreerd (${input.source})`,
        actorLabel: ctx.actor.label,
        occurredAt: now,
      });
      await recordAuditEvent(trx, ctx.actor, {
        orgId: ctx.orgId,
        action: 'incident.created',
        subjectType: 'incident',
        subjectId: row.id,
        after: incident,
      });
      return incident;
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505' && externalId) return null;
      throw error;
    });
  if (result) return { created: true, incident: result };
  const first = await findIncidentByExternalId(db, ctx.orgId, externalId!);
  return { created: false, incident: await loadIncident(db, ctx.orgId, first!) };
}

export async function changeIncident(
  db: Db,
  ctx: OrgActor,
  id: string,
  input: UpdateInput,
  now = new Date(),
): Promise<Incident> {
  return db.transaction().execute(async (trx) => {
    const before = await requireIncident(trx, ctx.orgId, id, { lock: true });
    const beforeView = await loadIncident(trx, ctx.orgId, before);
    const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
    const changes: IncidentChanges = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.reportedBy !== undefined ? { reported_by: input.reportedBy } : {}),
      ...(input.detectedAt !== undefined ? { detected_at: new Date(input.detectedAt) } : {}),
      ...(input.startedAt !== undefined ? { started_at: date(input.startedAt)! } : {}),
      ...(input.containedAt !== undefined ? { contained_at: date(input.containedAt)! } : {}),
      ...(input.resolvedAt !== undefined ? { resolved_at: date(input.resolvedAt)! } : {}),
      ...(input.lessonsLearned !== undefined ? { lessons_learned: input.lessonsLearned } : {}),
      ...(input.impact !== undefined ? { impact: mergeImpact(before.impact, input.impact) } : {}),
    };
    const problems: InvalidParam[] = [];
    const t = {
      started: changes.started_at !== undefined ? changes.started_at : before.started_at,
      detected: changes.detected_at ?? before.detected_at,
      contained: changes.contained_at !== undefined ? changes.contained_at : before.contained_at,
      resolved: changes.resolved_at !== undefined ? changes.resolved_at : before.resolved_at,
    };
    for (const [field, value] of [
      ['detectedAt', input.detectedAt],
      ['containedAt', input.containedAt],
      ['resolvedAt', input.resolvedAt],
    ] as const) {
      notInFuture(`body.${field}`, value, now.getTime(), problems);
    }
    notBefore('body.detectedAt', t.detected, 'startedAt', t.started, problems);
    notBefore('body.containedAt', t.contained, 'detectedAt', t.detected, problems);
    notBefore('body.resolvedAt', t.resolved, 'detectedAt', t.detected, problems);
    throwIfProblems(problems);
    if (input.assetIds !== undefined) await assertAssetsExist(trx, ctx.orgId, input.assetIds);

    const row = await updateIncident(trx, ctx.orgId, id, changes);
    if (input.assetIds !== undefined) await replaceIncidentAssets(trx, ctx.orgId, id, input.assetIds);
    const after = await loadIncident(trx, ctx.orgId, row);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.updated',
      subjectType: 'incident',
      subjectId: id,
      before: beforeView,
      after,
    });
    // NIS2 Art. 23(4)(e): the handling time decides between final and progress report.
    if (input.resolvedAt !== undefined) await rescheduleDeadlineReminders(trx, ctx.orgId, id, now.getTime());
    return after;
  });
}

import { type Incident, type IncidentCreateSchema } from '@weerbaar/core/incidents';
import { amsterdamYear, DomainError, type InvalidParam } from '@weerbaar/core/platform';
import type { z } from 'zod';
import {
  findIncidentByExternalId,
  insertIncident,
  nextIncidentNumber,
  replaceIncidentAssets,
} from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertAssetsExist, mergeImpact } from './incident-facts.ts';
import { notBefore, notInFuture, throwIfProblems } from './incident-guards.ts';
import { loadIncident } from './incident-queries.ts';

export interface CreateIncidentInput {
  incident: z.output<typeof IncidentCreateSchema>;
  /** The Idempotency-Key header, when sent. */
  idempotencyKey?: string | undefined;
}

/**
 * A concurrent delivery with the same key committed first, after this run took an INC number: thrown to
 * roll the number back (no gap in the series); `createIncident` answers with the first incident.
 */
class ConcurrentlyCreated extends Error {
  constructor(readonly externalId: string) {
    super('an incident with this key was created concurrently');
  }
}

const recordIncident = defineUseCase({
  actions: ['incident.created'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { incident: input, idempotencyKey }: CreateIncidentInput,
  ): Promise<{ created: boolean; incident: Incident }> {
    authorize(ctx, 'write', { type: 'incident', orgId: ctx.orgId }, 'Incident');
    if (idempotencyKey && input.externalId && idempotencyKey !== input.externalId) {
      throw new DomainError('validation_failed', 'Idempotency-Key and externalId differ', [
        { name: 'header.idempotency-key', reason: 'must equal body.externalId when both are sent' },
      ]);
    }
    const externalId = input.externalId ?? idempotencyKey ?? null;
    const firstDelivery = async () => {
      unchanged();
      const existing = await findIncidentByExternalId(trx, ctx.orgId, externalId!);
      return { created: false, incident: await loadIncident(trx, ctx.orgId, existing!) };
    };
    if (externalId && (await findIncidentByExternalId(trx, ctx.orgId, externalId))) return firstDelivery();
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

    const assetIds = input.assetIds ?? [];
    await assertAssetsExist(trx, ctx.orgId, assetIds);
    const year = amsterdamYear(now);
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
      root_cause: input.rootCause ?? null,
      root_cause_detail: input.rootCauseDetail || null,
      created_by: ctx.actor.label,
    });
    // A concurrent delivery with the same key committed first (the insert waited for it): answer with that
    // one, after rolling back this run's number.
    if (!row) throw new ConcurrentlyCreated(externalId!);
    await replaceIncidentAssets(trx, ctx.orgId, row.id, assetIds);
    const incident = await loadIncident(trx, ctx.orgId, row);
    await record(
      'incident.created',
      { subjectType: 'incident', subjectId: row.id, after: incident },
      { incidentId: row.id, reference, source: input.source },
    );
    return { created: true, incident };
  },
});

/**
 * Records an incident — by hand, or by a SIEM or monitoring tool over the API. The idempotency key
 * (`externalId` or the Idempotency-Key header) makes a repeated delivery return the first incident.
 */
export async function createIncident(
  deps: Deps,
  ctx: OrgActor,
  input: CreateIncidentInput,
): Promise<{ created: boolean; incident: Incident }> {
  try {
    return await recordIncident(deps, ctx, input);
  } catch (error) {
    if (!(error instanceof ConcurrentlyCreated)) throw error;
    const first = await findIncidentByExternalId(deps.db, ctx.orgId, error.externalId);
    return { created: false, incident: await loadIncident(deps.db, ctx.orgId, first!) };
  }
}

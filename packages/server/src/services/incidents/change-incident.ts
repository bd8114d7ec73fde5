import type { Incident, IncidentUpdateSchema } from '@weerbaar/core/incidents';
import type { InvalidParam } from '@weerbaar/core/platform';
import type { z } from 'zod';
import { replaceIncidentAssets, updateIncident, type IncidentChanges } from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertAssetsExist, mergeImpact } from './incident-facts.ts';
import { lockIncidentFor, notBefore, notInFuture, throwIfProblems } from './incident-guards.ts';
import { loadIncident } from './incident-queries.ts';

export const changeIncident = defineUseCase({
  actions: ['incident.updated'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { id, changes: input }: { id: string; changes: z.output<typeof IncidentUpdateSchema> },
  ): Promise<Incident> {
    const before = await lockIncidentFor(trx, ctx, id);
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
      ...(input.rootCause !== undefined ? { root_cause: input.rootCause } : {}),
      ...(input.rootCauseDetail !== undefined ? { root_cause_detail: input.rootCauseDetail || null } : {}),
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
    await record(
      'incident.updated',
      { subjectType: 'incident', subjectId: id, before: beforeView, after },
      // NIS2 Art. 23(4)(e): the handling time decides between final and progress report.
      { incidentId: id, handlingTimeChanged: input.resolvedAt !== undefined },
    );
    return after;
  },
});

import { PlanCreateSchema, type PlanCreate, type PlanDetail } from '@weerbaar/core/continuity';
import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  clearIncidentResponsePlan,
  findPlan,
  insertPlan,
  insertPlanVersion,
} from '../../repositories/continuity-plan.repository.ts';
import { loadPlanDetail } from './continuity-plan-loaders.ts';
import { assertOwnService } from './continuity-plan-rules.ts';

/** A new plan starts as draft version 1; it is in force only once approved. */
export const createContinuityPlan = defineUseCase({
  actions: ['continuity-plan.created'],
  input: PlanCreateSchema,
  async run({ trx, now, record }, ctx: OrgActor, input: PlanCreate): Promise<PlanDetail> {
    authorize(ctx, 'write', { type: 'continuity-plan', orgId: ctx.orgId }, 'Continuity plan');
    if (input.serviceId !== null) await assertOwnService(trx, ctx.orgId, input.serviceId);
    // One incident response plan per organisation: the new one takes the mark over.
    if (input.incidentResponsePlan) await clearIncidentResponsePlan(trx, ctx.orgId);
    const row = await insertPlan(trx, {
      org_id: ctx.orgId,
      kind: input.kind,
      service_id: input.serviceId,
      title: input.title,
      incident_response_plan: input.incidentResponsePlan,
    });
    await insertPlanVersion(trx, {
      org_id: ctx.orgId,
      plan_id: row.id,
      version: 1,
      content: input.content,
      change_note: input.changeNote,
      created_by_name: ctx.actor.label,
      created_at: now,
    });
    const plan = await findPlan(trx, ctx.orgId, row.id);
    if (!plan) throw notFound('Continuity plan');
    const detail = await loadPlanDetail(trx, plan, now);
    await record(
      'continuity-plan.created',
      {
        subjectType: 'continuity-plan',
        subjectId: row.id,
        after: { kind: detail.kind, serviceId: detail.serviceId, title: detail.title, version: 1 },
      },
      { planId: row.id, version: 1 },
    );
    return detail;
  },
});

import { isDeepStrictEqual } from 'node:util';
import { DomainError, notFound } from '@weerbaar/core/platform';
import type { PlanDetail, PlanUpdate } from '@weerbaar/core/continuity';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  clearIncidentResponsePlan,
  findPlan,
  insertPlanVersion,
  listPlanVersions,
  lockPlan,
  updateDraftVersion,
  updatePlan,
} from '../../repositories/continuity-plan.repository.ts';
import { loadPlanDetail } from './continuity-plan-loaders.ts';

/**
 * Changes a plan. Content goes into the open draft; when there is none (the last version was approved), a
 * new draft version starts from the version in force: an approved version is never changed (Impl. Reg.
 * 2024/2690 Annex 4.1.4: reviewed and updated; what was approved stays on the record).
 */
export const changeContinuityPlan = defineUseCase({
  actions: ['continuity-plan.updated'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { id, changes }: { id: string; changes: PlanUpdate },
  ): Promise<PlanDetail> {
    const locked = await lockPlan(trx, ctx.orgId, id);
    if (!locked) throw notFound('Continuity plan');
    authorize(ctx, 'write', { type: 'continuity-plan', orgId: locked.org_id }, 'Continuity plan');
    if (changes.incidentResponsePlan === true && locked.kind !== 'crisis') {
      throw new DomainError('validation_failed', 'only a crisis protocol can be the incident response plan', [
        {
          name: 'body.incidentResponsePlan',
          reason: 'only a crisis protocol',
          code: 'not_for_kind',
          params: { kind: locked.kind },
        },
      ]);
    }
    const planChanged =
      (changes.title !== undefined && changes.title !== locked.title) ||
      (changes.incidentResponsePlan !== undefined && changes.incidentResponsePlan !== locked.incident_response_plan);
    const versions = await listPlanVersions(trx, ctx.orgId, id);
    const draft = versions.find((v) => v.status === 'draft');
    const base = draft ?? versions.find((v) => v.status === 'approved') ?? versions.at(-1)!;
    const content = changes.content ?? base.content;
    const note = changes.changeNote ?? (draft ? draft.change_note : '');
    const contentChanged =
      // jsonb keeps no key order: compare values, as stored (JSON, no undefined), not their serialisations.
      !isDeepStrictEqual(JSON.parse(JSON.stringify(content)), base.content) ||
      (draft !== undefined && note !== draft.change_note);
    if (!planChanged && !contentChanged) {
      unchanged();
      const plan = await findPlan(trx, ctx.orgId, id);
      return loadPlanDetail(trx, plan!, now);
    }
    if (planChanged) {
      if (changes.incidentResponsePlan === true) await clearIncidentResponsePlan(trx, ctx.orgId, id);
      await updatePlan(trx, ctx.orgId, id, {
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.incidentResponsePlan !== undefined ? { incident_response_plan: changes.incidentResponsePlan } : {}),
        updated_at: now,
      });
    }
    let version = draft?.version ?? base.version;
    if (contentChanged) {
      if (draft) {
        await updateDraftVersion(trx, ctx.orgId, id, draft.version, { content, change_note: note, updated_at: now });
      } else {
        version = Math.max(...versions.map((v) => v.version)) + 1;
        await insertPlanVersion(trx, {
          org_id: ctx.orgId,
          plan_id: id,
          version,
          content,
          change_note: note,
          created_by_name: ctx.actor.label,
          created_at: now,
        });
      }
      if (!planChanged) await updatePlan(trx, ctx.orgId, id, { updated_at: now });
    }
    const plan = await findPlan(trx, ctx.orgId, id);
    const detail = await loadPlanDetail(trx, plan!, now);
    await record(
      'continuity-plan.updated',
      {
        subjectType: 'continuity-plan',
        subjectId: id,
        before: { title: locked.title, incidentResponsePlan: locked.incident_response_plan },
        after: { title: detail.title, incidentResponsePlan: detail.incidentResponsePlan, version },
        details: contentChanged ? { changes: detail.versions.find((v) => v.version === version)?.changes ?? [] } : {},
      },
      { planId: id, version },
    );
    return detail;
  },
});

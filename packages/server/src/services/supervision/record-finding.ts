import { invalidField, notFound } from '@weerbaar/core/platform';
import { isValidDueOn, type Finding, type FindingCreate } from '@weerbaar/core/supervision';
import {
  findFinding,
  findRequest,
  findSupervisedEntity,
  insertFinding,
} from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { isSupervisorOrg, supervisionSubject } from './supervision-guards.ts';
import { presentFinding } from './supervision.presenter.ts';

/**
 * The supervisor records a finding about an entity, with the day its follow-up is due; the entity sees it — on
 * this installation at once, on another once its installation pulls it.
 */
export const recordFinding = defineUseCase({
  actions: ['supervision.finding-recorded'],
  async run({ trx, now, record }, ctx: OrgActor, input: FindingCreate): Promise<Finding> {
    const supervisorOrg = await isSupervisorOrg(trx, ctx.orgId);
    authorize(ctx, 'send', supervisionSubject(ctx.orgId, input.entityId, supervisorOrg), 'Supervision');
    const entity = await findSupervisedEntity(trx, ctx.orgId, input.entityId);
    if (!entity) throw invalidField('body.entityId', 'is not an entity of your registry');
    // An entity on another installation receives the finding over the pull channel, as its requests
    // (docs/DELIVERY.md, "Supervision requests over the same channel"); its own chain records it when stored.
    const remote = entity.local_org_id === null;
    if (!isValidDueOn(input.followUpDueOn, now)) throw invalidField('body.followUpDueOn', 'must be a day after today');
    if (input.requestId !== null) {
      const request = await findRequest(trx, ctx.orgId, input.requestId);
      if (!request || request.entity_org_id !== entity.entity_id) {
        throw invalidField('body.requestId', 'is not a request of yours to this entity');
      }
    }
    const row = await insertFinding(trx, {
      org_id: ctx.orgId,
      entity_org_id: entity.local_org_id ?? entity.entity_id,
      request_id: input.requestId,
      observation: input.observation,
      severity: input.severity,
      follow_up_due_on: input.followUpDueOn,
      recorded_by: ctx.actor.label,
      recorded_at: now,
      updated_at: now,
      remote_entity_name: remote ? entity.name : null,
    });
    const after = { severity: row.severity, followUpDueOn: row.follow_up_due_on, status: row.status };
    const data = { findingId: row.id, entityOrgId: row.entity_org_id };
    await record(
      'supervision.finding-recorded',
      {
        subjectType: 'supervision-finding',
        subjectId: row.id,
        after,
        ...(remote ? { details: { remote: true } } : {}),
      },
      data,
    );
    if (!remote) {
      await record(
        'supervision.finding-recorded',
        { orgId: row.entity_org_id, subjectType: 'supervision-finding', subjectId: row.id, after },
        data,
      );
    }
    const full = await findFinding(trx, ctx.orgId, row.id);
    if (!full) throw notFound('Finding');
    return presentFinding(full, now);
  },
});

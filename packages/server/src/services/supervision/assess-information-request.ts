import { DomainError, invalidField, notFound } from '@weerbaar/core/platform';
import {
  canTakeStep,
  isValidDueOn,
  statusAfter,
  type InformationRequest,
  type RequestAssessment,
} from '@weerbaar/core/supervision';
import { insertMessage, lockRequest, setRequestStatus } from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { isSupervisorOrg, supervisionSubject } from './supervision-guards.ts';
import { loadRequest } from './supervision-queries.ts';

/** The supervisor judges an answer: accepted, or more is asked with a new period (Awb art. 5:20(1)). */
export const assessInformationRequest = defineUseCase({
  actions: ['supervision.request-assessed'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { requestId, assessment }: { requestId: string; assessment: RequestAssessment },
  ): Promise<InformationRequest> {
    const request = await lockRequest(trx, { orgId: ctx.orgId }, requestId);
    if (!request) throw notFound('Information request');
    const supervisorOrg = await isSupervisorOrg(trx, ctx.orgId);
    authorize(ctx, 'send', supervisionSubject(ctx.orgId, request.entity_org_id, supervisorOrg), 'Information request');
    const step = assessment.decision === 'accepted' ? 'accept' : 'ask-more';
    if (!canTakeStep(request.status, step)) {
      throw new DomainError('conflict', `The request is ${request.status}: only an answer can be judged`);
    }
    // An entity on another installation receives the step over the pull channel, as it received the request
    // (docs/DELIVERY.md, "Supervision requests over the same channel"): it waits there until that installation
    // confirms it stored it (delivered_at), and its own chain records it then.
    const remote = request.remote_entity_name !== null;
    const dueOn = assessment.decision === 'more-asked' ? assessment.dueOn : null;
    if (dueOn !== null && !isValidDueOn(dueOn, now)) throw invalidField('body.dueOn', 'must be a day after today');
    await insertMessage(trx, {
      org_id: ctx.orgId,
      request_id: request.id,
      kind: assessment.decision,
      text: assessment.note,
      due_on: dueOn,
      by_label: ctx.actor.label,
      at: now,
      delivered_at: remote ? null : now,
    });
    const status = statusAfter(step);
    await setRequestStatus(trx, ctx.orgId, request.id, status, now, dueOn ?? undefined);
    const facts = {
      subjectType: 'supervision-request',
      subjectId: request.id,
      before: { status: request.status, dueOn: request.due_on },
      after: { status, dueOn: dueOn ?? request.due_on },
    };
    const data = { requestId: request.id, decision: assessment.decision };
    await record('supervision.request-assessed', facts, data);
    if (!remote) await record('supervision.request-assessed', { ...facts, orgId: request.entity_org_id }, data);
    return loadRequest(trx, { ...request, status, due_on: dueOn ?? request.due_on }, now);
  },
});

import { invalidField, notFound } from '@weerbaar/core/platform';
import {
  isValidDueOn,
  LEGAL_BASES,
  needsIndication,
  type InformationRequest,
  type InformationRequestCreate,
} from '@weerbaar/core/supervision';
import { findRequest, findSupervisedEntity, insertRequest } from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { isSupervisorOrg, supervisionSubject } from './supervision-guards.ts';
import { loadRequest } from './supervision-queries.ts';

/**
 * A supervisor asks an entity of its registry for information (inlichtingenverzoek; Awb art. 5:16-5:17,
 * the entity answers within the period set, Awb art. 5:20(1)). On one installation the request is a direct
 * write the entity reads in its own platform; recorded in both chains (the supervisor asked, the entity was
 * asked). An entity of the registry on another installation pulls it over its delivery connection
 * (docs/DELIVERY.md, "Authority → entity"); its installation records the receipt in the entity's chain.
 */
export const sendInformationRequest = defineUseCase({
  actions: ['supervision.request-sent'],
  async run({ trx, now, record }, ctx: OrgActor, input: InformationRequestCreate): Promise<InformationRequest> {
    const supervisorOrg = await isSupervisorOrg(trx, ctx.orgId);
    authorize(ctx, 'send', supervisionSubject(ctx.orgId, input.entityId, supervisorOrg), 'Supervision');
    const entity = await findSupervisedEntity(trx, ctx.orgId, input.entityId);
    if (!entity) throw invalidField('body.entityId', 'is not an entity of your registry');
    if (!isValidDueOn(input.dueOn, now)) throw invalidField('body.dueOn', 'must be a day after today', 'invalid');
    // NIS2 Art. 33(1); Cbw art. 81: an important entity is supervised ex post, on an indication of a breach.
    if (needsIndication(entity.classification) && !input.indication) {
      throw invalidField('body.indication', 'is required for an important entity (ex post supervision)', 'required');
    }
    // Remote: the registry's entity id is the entity's organisation on its own installation (its sender id).
    const remote = entity.local_org_id === null;
    const row = await insertRequest(trx, {
      org_id: ctx.orgId,
      entity_org_id: entity.local_org_id ?? entity.entity_id,
      remote_entity_name: remote ? entity.name : null,
      subject: input.subject,
      question: input.question,
      legal_basis: input.legalBasis,
      indication: input.indication || null,
      due_on: input.dueOn,
      asks_measures_dossier: input.asksMeasuresDossier,
      sent_by: ctx.actor.label,
      sent_at: now,
      updated_at: now,
    });
    const audited = {
      subject: row.subject,
      legalBasis: LEGAL_BASES[row.legal_basis],
      dueOn: row.due_on,
      asksMeasuresDossier: row.asks_measures_dossier,
    };
    const data = { requestId: row.id, entityOrgId: row.entity_org_id };
    await record(
      'supervision.request-sent',
      { subjectType: 'supervision-request', subjectId: row.id, after: audited, details: { remote } },
      data,
    );
    if (!remote)
      await record(
        'supervision.request-sent',
        {
          orgId: row.entity_org_id,
          subjectType: 'supervision-request',
          subjectId: row.id,
          after: audited,
          details: { supervisorOrgId: ctx.orgId, received: true },
        },
        data,
      );
    const full = await findRequest(trx, ctx.orgId, row.id);
    if (!full) throw notFound('Information request');
    return loadRequest(trx, full, now);
  },
});

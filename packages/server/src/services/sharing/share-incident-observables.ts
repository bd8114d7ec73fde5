// An entity shares the observables of one of its incidents with a community as STIX indicators with patterns,
// under the TLP it chooses (issue 14 item 2; NIS2 Art. 29: voluntary information-sharing arrangements).
import { randomUUID } from 'node:crypto';
import { ObservableTypeSchema } from '@weerbaar/core/incidents';
import { DomainError, notFound } from '@weerbaar/core/platform';
import {
  indicatorOf,
  ShareIncidentObservablesSchema,
  type BundleImportResult,
  type ShareObservables,
} from '@weerbaar/core/sharing';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { listObservables } from '../../repositories/incident-activity.repository.ts';
import { findIncident } from '../../repositories/incident.repository.ts';
import { communityOf } from './community-access.ts';
import { storeStixObjects } from './stix-store.ts';

export const shareIncidentObservables = defineUseCase({
  actions: ['sharing.objects-added'],
  input: ShareIncidentObservablesSchema,
  async run(
    { trx, record, now },
    ctx: OrgActor,
    input: ShareObservables & { incidentId: string },
  ): Promise<BundleImportResult> {
    const incident = await findIncident(trx, ctx.orgId, input.incidentId);
    if (!incident) throw notFound('Incident');
    authorize(ctx, 'read', { type: 'incident', orgId: ctx.orgId }, 'Incident');
    await communityOf(trx, ctx.orgId, input.communityId);
    const observables = await listObservables(trx, ctx.orgId, input.incidentId);
    if (observables.length === 0) throw new DomainError('conflict', 'This incident has no observables to share');
    const at = now.toISOString();
    const objects = observables.map((o) =>
      indicatorOf({
        id: `indicator--${randomUUID()}`,
        at,
        type: ObservableTypeSchema.parse(o.type),
        value: o.value,
        description: o.description,
        tlp: input.tlp,
      }),
    );
    const { addedIds, ...result } = await storeStixObjects(trx, objects, {
      communityId: input.communityId,
      ownerOrgId: ctx.orgId,
      now,
      tlp: input.tlp,
      recipientOrgIds: input.tlp === 'AMBER' || input.tlp === 'AMBER+STRICT' ? input.recipientOrgIds : undefined,
      recipientUserIds: input.tlp === 'RED' ? input.recipientUserIds : undefined,
    });
    await record(
      'sharing.objects-added',
      {
        subjectType: 'incident',
        subjectId: input.incidentId,
        details: { communityId: input.communityId, tlp: input.tlp, added: result.added, via: 'incident-observables' },
      },
      { communityId: input.communityId, objectIds: addedIds },
    );
    return result;
  },
});

// TAXII 2.1 §5.5 Add Objects: the envelope's objects are stored at once, so the status resource the POST
// returns is already "complete" (§4.3), and stays readable for the organisation that posted.
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertTaxiiStatus } from '../../repositories/stix-object.repository.ts';
import { communityOf } from './community-access.ts';
import { storeStixObjects } from './stix-store.ts';

export interface TaxiiStatus {
  id: string;
  status: 'complete' | 'pending';
  request_timestamp: string;
  total_count: number;
  success_count: number;
  successes?: { id: string; version: string; message?: string }[];
  failure_count: number;
  failures?: { id: string; version: string; message: string }[];
  pending_count: number;
}

export const addTaxiiObjects = defineUseCase({
  actions: ['sharing.objects-added'],
  async run(
    { trx, record, now, unchanged },
    ctx: OrgActor,
    input: { communityId: string; statusId: string; objects: unknown[] },
  ): Promise<TaxiiStatus> {
    await communityOf(trx, ctx.orgId, input.communityId);
    const { addedIds, results } = await storeStixObjects(trx, input.objects, {
      communityId: input.communityId,
      ownerOrgId: ctx.orgId,
      now,
    });
    const successes = results
      .filter((r) => r.outcome !== 'refused')
      .map((r) => ({
        id: r.id!,
        version: r.version!,
        ...(r.outcome === 'unchanged' ? { message: 'already stored' } : {}),
      }));
    const failures = results
      .filter((r) => r.outcome === 'refused')
      // status-details need a version (§4.3.1): the object's modified or created, else the request's time.
      .map((r) => ({
        id: r.id ?? `objects[${r.index}]`,
        version: r.version ?? now.toISOString(),
        message: r.reason ?? 'refused',
      }));
    const status: TaxiiStatus = {
      id: input.statusId,
      status: 'complete',
      request_timestamp: now.toISOString(),
      total_count: results.length,
      // Empty lists are prohibited in TAXII (§2, list): an empty one is left out.
      success_count: successes.length,
      ...(successes.length ? { successes } : {}),
      failure_count: failures.length,
      ...(failures.length ? { failures } : {}),
      pending_count: 0,
    };
    await insertTaxiiStatus(trx, {
      org_id: ctx.orgId,
      id: input.statusId,
      community_id: input.communityId,
      request_timestamp: now,
      status,
    });
    // Nothing new (all refused or already stored): nothing to put on the record.
    if (addedIds.length === 0) unchanged();
    else
      await record(
        'sharing.objects-added',
        {
          subjectType: 'community',
          subjectId: input.communityId,
          details: { added: addedIds.length, refused: failures.length, via: 'taxii' },
        },
        { communityId: input.communityId, objectIds: addedIds },
      );
    return status;
  },
});

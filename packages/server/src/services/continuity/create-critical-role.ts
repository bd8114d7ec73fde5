import type { CriticalRole, CriticalRoleCreate } from '@weerbaar/core/continuity';
import { DomainError, invalidField } from '@weerbaar/core/platform';
import {
  findCriticalRoleByName,
  findServiceIds,
  insertCriticalRole,
  setCriticalRoleServices,
} from '../../repositories/critical-role.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadCriticalRoles } from './critical-role-queries.ts';

/** Marks a critical role and the services it keeps running (NIS2 Art. 21(2)(g); CER Art. 13(1)(e)). */
export const createCriticalRole = defineUseCase({
  actions: ['critical-role.created'],
  async run({ trx, now, record }, ctx: OrgActor, input: CriticalRoleCreate): Promise<CriticalRole> {
    authorize(ctx, 'write', { type: 'critical-role', orgId: ctx.orgId }, 'Critical role');
    if (await findCriticalRoleByName(trx, ctx.orgId, input.name)) {
      throw new DomainError('conflict', 'A critical role with this name already exists');
    }
    const serviceIds = [...new Set(input.serviceIds)];
    const found = new Set(await findServiceIds(trx, ctx.orgId, serviceIds));
    const missing = serviceIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw invalidField(`body.serviceIds.${missing}`, 'is not a service of this organisation');
    const row = await insertCriticalRole(trx, { org_id: ctx.orgId, name: input.name, description: input.description });
    await setCriticalRoleServices(trx, ctx.orgId, row.id, serviceIds);
    const role = (await loadCriticalRoles(trx, ctx.orgId, [row], now))[0]!;
    await record(
      'critical-role.created',
      { subjectType: 'critical-role', subjectId: row.id, after: role },
      { roleId: row.id },
    );
    return role;
  },
});

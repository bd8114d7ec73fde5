import { notFound } from '@weerbaar/core/platform';
import { findApiToken, revokeApiToken as revokeApiTokenRow } from '../../repositories/api-token.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

export const revokeApiToken = defineUseCase({
  actions: ['api-token.revoked'],
  async run({ trx, record }, ctx: OrgActor, { id }: { id: string }): Promise<void> {
    const row = await findApiToken(trx, ctx.orgId, id);
    if (!row || row.revoked_at) throw notFound('API token');
    authorize(ctx, 'manage', { type: 'api-token', orgId: row.org_id }, 'API token');
    await revokeApiTokenRow(trx, ctx.orgId, id);
    await record('api-token.revoked', { subjectType: 'api-token', subjectId: id }, {});
  },
});

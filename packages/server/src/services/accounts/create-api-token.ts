import { DomainError, roleAllows, type ApiToken, type Role } from '@weerbaar/core/platform';
import { insertApiToken } from '../../repositories/api-token.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentApiToken } from './account.presenter.ts';
import { API_TOKEN_PREFIX } from './api-token-queries.ts';
import { assertGrantable } from './member-queries.ts';
import { newSecret } from './secrets.ts';

export const createApiToken = defineUseCase({
  actions: ['api-token.created'],
  async run(
    { trx, record },
    ctx: OrgActor,
    input: { name: string; role: Role; senderOrgId?: string | undefined },
  ): Promise<ApiToken & { token: string }> {
    authorize(ctx, 'manage', { type: 'api-token', orgId: ctx.orgId }, 'API token');
    // A token never holds more power than the person who creates it.
    assertGrantable(ctx, input.role, 'body.role');
    if (input.senderOrgId && !roleAllows(input.role, 'submissions:deliver', ctx.orgKind)) {
      throw new DomainError('validation_failed', 'Only a token that may deliver submissions speaks for a sender', [
        { name: 'body.senderOrgId', reason: 'only for a role that may deliver submissions (submitter, admin, owner)' },
      ]);
    }
    const { token, hash } = newSecret(API_TOKEN_PREFIX);
    const row = await insertApiToken(trx, {
      org_id: ctx.orgId,
      name: input.name,
      role: input.role,
      token_hash: hash,
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      created_by: ctx.actor.type === 'user' ? ctx.actor.userId : null,
      sender_org_id: input.senderOrgId ?? null,
    });
    const presented = presentApiToken(row);
    await record(
      'api-token.created',
      { subjectType: 'api-token', subjectId: row.id, after: presented },
      { role: input.role, senderOrgId: row.sender_org_id },
    );
    return { ...presented, token };
  },
});

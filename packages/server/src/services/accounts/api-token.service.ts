import { DomainError, notFound, roleAllows, type ApiToken, type Role } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import {
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken as revokeApiTokenRow,
} from '../../repositories/api-token.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { assertGrantable } from './member.service.ts';
import { newSecret } from './secrets.ts';

// A recognisable prefix lets secret scanners (and people) spot leaked Weerbaar tokens.
export const API_TOKEN_PREFIX = 'wbt_';

type TokenRow = Awaited<ReturnType<typeof insertApiToken>>;

function presentApiToken(r: TokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Role,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    senderOrgId: r.sender_org_id,
  };
}

export async function listOrgApiTokens(db: Db, { orgId }: OrgActor): Promise<ApiToken[]> {
  return (await listApiTokens(db, orgId)).map(presentApiToken);
}

export async function createApiToken(
  db: Db,
  ctx: OrgActor,
  input: { name: string; role: Role; senderOrgId?: string },
): Promise<ApiToken & { token: string }> {
  // A token never holds more power than the person who creates it.
  assertGrantable(ctx, input.role, 'body.role');
  if (input.senderOrgId && !roleAllows(input.role, 'submissions:deliver', ctx.orgKind)) {
    throw new DomainError('validation_failed', 'Only a token that may deliver submissions speaks for a sender', [
      { name: 'body.senderOrgId', reason: 'only for a role that may deliver submissions (submitter, admin, owner)' },
    ]);
  }
  const { token, hash } = newSecret(API_TOKEN_PREFIX);
  return db.transaction().execute(async (trx) => {
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
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'api-token.created',
      subjectType: 'api-token',
      subjectId: row.id,
      after: presented,
    });
    return { ...presented, token };
  });
}

export async function revokeApiToken(db: Db, ctx: OrgActor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findApiToken(trx, ctx.orgId, id);
    if (!row || row.revoked_at) throw notFound('API token');
    await revokeApiTokenRow(trx, ctx.orgId, id);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'api-token.revoked',
      subjectType: 'api-token',
      subjectId: id,
    });
  });
}

import type { ApiToken, Role } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { insertApiToken } from '../../repositories/api-token.repository.ts';
import { listApiTokens } from '../../repositories/api-token.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';

// A recognisable prefix lets secret scanners (and people) spot leaked Weerbaar tokens.
export const API_TOKEN_PREFIX = 'wbt_';

type TokenRow = Awaited<ReturnType<typeof insertApiToken>>;

export function presentApiToken(r: TokenRow): ApiToken {
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

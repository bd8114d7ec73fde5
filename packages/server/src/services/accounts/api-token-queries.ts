import type { ApiToken } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listApiTokens } from '../../repositories/api-token.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentApiToken } from './account.presenter.ts';

// A recognisable prefix lets secret scanners (and people) spot leaked Weerbaar tokens.
export const API_TOKEN_PREFIX = 'wbt_';

export async function listOrgApiTokens(db: Db, ctx: OrgActor): Promise<ApiToken[]> {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'api-token', orgId }, 'API token');
  return (await listApiTokens(db, orgId)).map(presentApiToken);
}

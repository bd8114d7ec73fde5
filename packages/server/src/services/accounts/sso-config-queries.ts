import type { SsoConfig } from '@weerbaar/core/platform';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { findSsoConfig } from '../../repositories/sso-config.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentSsoConfig } from './sso.presenter.ts';

export async function getSsoConfig(db: Db, config: Config, ctx: OrgActor): Promise<SsoConfig> {
  authorize(ctx, 'read', { type: 'sso-config', orgId: ctx.orgId }, 'Sign-in settings');
  return presentSsoConfig(await findSsoConfig(db, ctx.orgId), config);
}

import { notFound, type Organisation } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentOrganisation } from './account.presenter.ts';

export async function getCurrentOrganisation(db: Db, ctx: OrgActor): Promise<Organisation> {
  const org = await findOrganisation(db, ctx.orgId);
  if (!org) throw notFound('Organisation');
  authorize(ctx, 'read', { type: 'organisation', orgId: org.id }, 'Organisation');
  return presentOrganisation(org);
}

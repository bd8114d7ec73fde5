import { notFound, type Organisation } from '@weerbaar/core/platform';
import { findOrganisation, updateOrganisation } from '../../repositories/organisation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentOrganisation } from './account.presenter.ts';

/**
 * Changes the acting organisation's name, KvK number, sector or whether all its members must use MFA
 * (NIS2 art. 21(2)(j); core/platform/mfa.ts); an empty change records nothing. Owners and admins only
 * (the organisation's `manage` policy).
 */
export const changeOrganisation = defineUseCase({
  actions: ['organisation.updated'],
  async run(
    { trx, record, unchanged },
    ctx: OrgActor,
    changes: {
      name?: string | undefined;
      kvkNumber?: string | null | undefined;
      sector?: string | null | undefined;
      requireMfaForAll?: boolean | undefined;
    },
  ): Promise<Organisation> {
    const before = await findOrganisation(trx, ctx.orgId);
    if (!before) throw notFound('Organisation');
    authorize(ctx, 'manage', { type: 'organisation', orgId: before.id }, 'Organisation');
    const update = {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.kvkNumber !== undefined ? { kvk_number: changes.kvkNumber } : {}),
      ...(changes.sector !== undefined ? { sector: changes.sector } : {}),
      ...(changes.requireMfaForAll !== undefined ? { require_mfa_for_all: changes.requireMfaForAll } : {}),
    };
    if (Object.keys(update).length === 0) {
      unchanged();
      return presentOrganisation(before);
    }
    const after = await updateOrganisation(trx, ctx.orgId, update);
    await record(
      'organisation.updated',
      {
        subjectType: 'organisation',
        subjectId: ctx.orgId,
        before: presentOrganisation(before),
        after: presentOrganisation(after),
      },
      {},
    );
    return presentOrganisation(after);
  },
});

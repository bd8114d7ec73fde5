import type { AuthorityKinds } from '@weerbaar/core/supervision';
import { listAuthorityKinds, replaceAuthorityKinds } from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/** What this authority organisation is: competent authority, CSIRT and/or supervisor (several allowed). */
export const setAuthorityKinds = defineUseCase({
  actions: ['supervision.authority-kinds-set'],
  async run({ trx, record, unchanged }, ctx: OrgActor, input: AuthorityKinds): Promise<AuthorityKinds> {
    authorize(ctx, 'manage', { type: 'authority-profile', orgId: ctx.orgId }, 'Authority');
    const kinds = [...new Set(input.kinds)].sort();
    const before = await listAuthorityKinds(trx, ctx.orgId);
    if (before.join() === kinds.join()) {
      unchanged();
      return { kinds };
    }
    await replaceAuthorityKinds(trx, ctx.orgId, kinds);
    await record(
      'supervision.authority-kinds-set',
      { subjectType: 'organisation', subjectId: ctx.orgId, before: { kinds: before }, after: { kinds } },
      { kinds },
    );
    return { kinds };
  },
});

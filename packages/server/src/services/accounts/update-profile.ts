import type { Locale, User } from '@weerbaar/core/platform';
import { updateUser } from '../../repositories/user.repository.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { presentUser } from './account.presenter.ts';

export const updateProfile = defineUseCase({
  actions: ['user.updated'],
  async run({ trx, record }, actor: UserActor, changes: { name?: string; locale?: Locale }): Promise<User> {
    const before = await currentUser(trx, actor);
    const after = await updateUser(trx, actor.userId, changes);
    await record(
      'user.updated',
      {
        orgId: null,
        subjectType: 'user',
        subjectId: actor.userId,
        before: presentUser(before),
        after: presentUser(after),
      },
      {},
    );
    return presentUser(after);
  },
});

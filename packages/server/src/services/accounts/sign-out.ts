import { deleteSession } from '../../repositories/session.repository.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import type { UserActor } from './current-user.ts';

export const signOut = defineUseCase({
  actions: ['session.ended'],
  async run({ trx, record }, actor: UserActor, _input: void): Promise<void> {
    await deleteSession(trx, actor.sessionId);
    await record(
      'session.ended',
      { orgId: null, subjectType: 'user', subjectId: actor.userId },
      { userId: actor.userId },
    );
  },
});

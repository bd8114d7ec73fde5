import { DomainError } from '@weerbaar/core/platform';
import { consumePasswordReset } from '../../repositories/password-reset.repository.ts';
import { deleteSessionsOfUser } from '../../repositories/session.repository.ts';
import { updateUser } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { hashPassword, sha256Token } from './secrets.ts';

/** Spends the reset token and stores the new password's hash (computed before the transaction). */
const resetPassword = defineUseCase({
  actions: ['user.password-reset'],
  async run(
    { trx, now, record },
    _ctx: Actor,
    { token, passwordHash }: { token: string; passwordHash: string },
  ): Promise<void> {
    const userId = await consumePasswordReset(trx, sha256Token(token), now);
    if (!userId) {
      throw new DomainError('token_invalid', 'This link is not valid (any more); request a new one', [
        { name: 'body.token', reason: 'is unknown, used or expired' },
      ]);
    }
    // A reset does not lift a second-factor lock: the mailbox alone must not buy fresh code guesses.
    await updateUser(trx, userId, { password_hash: passwordHash });
    await deleteSessionsOfUser(trx, userId);
    await record('user.password-reset', { orgId: null, subjectType: 'user', subjectId: userId }, { userId });
  },
});

/**
 * The token from the mail sets a new password; nobody is signed in (ctx is the platform). The slow hash
 * (argon2) runs first, outside the use case, so it holds no connection.
 */
export async function confirmPasswordReset(
  deps: Deps,
  ctx: Actor,
  { token, newPassword }: { token: string; newPassword: string },
): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await resetPassword(deps, ctx, { token, passwordHash });
}

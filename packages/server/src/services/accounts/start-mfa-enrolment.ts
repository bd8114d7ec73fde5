import { DomainError } from '@weerbaar/core/platform';
import { updateUser } from '../../repositories/user.repository.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { newTotpSecret, totpUri } from '../../adapters/totp.ts';

/** Step 1: a fresh secret, not yet in force until the user proves their authenticator has it. */
export const startMfaEnrolment = defineUseCase({
  actions: ['mfa.enrolment-started'],
  async run({ trx, record }, actor: UserActor, _input: void): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await currentUser(trx, actor);
    if (user.mfa_enabled) throw new DomainError('conflict', 'MFA is already on; turn it off first to enrol again');
    const secret = newTotpSecret();
    await updateUser(trx, user.id, { mfa_pending_secret: secret });
    await record('mfa.enrolment-started', { orgId: null, subjectType: 'user', subjectId: user.id }, {});
    return { secret, otpauthUrl: totpUri(secret, user.email) };
  },
});

import { insertPasswordReset } from '../../repositories/password-reset.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { newSecret } from './secrets.ts';
import { sendMail } from '../platform/send-mail.ts';

const RESET_MINUTES = 60;

/**
 * Always succeeds from the caller's view, so the answer does not reveal which addresses have accounts;
 * an unknown address changes nothing. Nobody is signed in: ctx is the platform (SYSTEM_ACTOR).
 */
export const requestPasswordReset = defineUseCase({
  actions: ['user.password-reset-requested'],
  async run({ trx, now, config, record, unchanged }, _ctx: Actor, { email }: { email: string }): Promise<void> {
    const user = await findUserByEmail(trx, email);
    if (!user) {
      unchanged();
      return;
    }
    const { token, hash } = newSecret('');
    await insertPasswordReset(trx, {
      token_hash: hash,
      user_id: user.id,
      expires_at: new Date(now.getTime() + RESET_MINUTES * 60_000),
    });
    await sendMail(trx, {
      to_address: user.email,
      subject: 'Wachtwoord opnieuw instellen / Reset your password',
      body:
        `Stel een nieuw wachtwoord in via / Choose a new password at:\n${config.publicUrl}/password-reset/confirm?token=${token}\n\n` +
        `Deze link werkt ${RESET_MINUTES} minuten. / This link works for ${RESET_MINUTES} minutes.`,
    });
    await record('user.password-reset-requested', { orgId: null, subjectType: 'user', subjectId: user.id }, {});
  },
});

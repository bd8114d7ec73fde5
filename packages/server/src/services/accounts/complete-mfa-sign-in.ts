import type { MfaVerificationRequest, Session } from '@weerbaar/core/platform';
import type { UserRow } from '../../db/schema.ts';
import { updateSession } from '../../repositories/session.repository.ts';
import { claimTotpStep, consumeRecoveryCode, updateUser } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { SESSION_HOURS } from './session-rules.ts';
import { normaliseRecoveryCode, sha256Token } from './secrets.ts';
import { buildSessionView } from './session-view.ts';
import { clearAccountThrottle, type ThrottleKeys } from './sign-in-throttle.ts';
import { verifyTotp } from '../../adapters/totp.ts';

/**
 * Completes a pending session with the second factor. A wrong code changes nothing here and answers null:
 * the caller records the refusal in a use case of its own (it must commit although the request fails).
 * ctx is the user acting in the session (sessionActor).
 */
export const completeMfaSignIn = defineUseCase({
  actions: ['session.created'],
  async run(
    { trx, record, unchanged },
    _ctx: Actor,
    {
      user,
      session,
      factor,
      throttle,
    }: {
      user: UserRow;
      session: { id: string; active_org_id: string | null };
      factor: MfaVerificationRequest;
      throttle: ThrottleKeys;
    },
  ): Promise<Session | null> {
    let accepted: boolean;
    if (factor.code !== undefined) {
      const step = verifyTotp(user.mfa_secret!, factor.code, null);
      // Claiming the step atomically refuses a replay, also by a second session at the same moment.
      accepted = step !== null && (await claimTotpStep(trx, user.id, step));
    } else {
      accepted = await consumeRecoveryCode(trx, user.id, sha256Token(normaliseRecoveryCode(factor.recoveryCode!)));
    }
    if (!accepted) {
      unchanged();
      return null;
    }
    await updateUser(trx, user.id, { mfa_failures: 0, mfa_locked_until: null });
    await clearAccountThrottle(trx, throttle);
    await updateSession(trx, session.id, {
      mfa_pending: false,
      // By the wall clock, as access control checks it (open-session.ts).
      expires_at: new Date(Date.now() + SESSION_HOURS * 3_600_000),
    });
    await record(
      'session.created',
      {
        orgId: null,
        subjectType: 'user',
        subjectId: user.id,
        details: { mfa: factor.code !== undefined ? 'totp' : 'recovery-code' },
      },
      { userId: user.id },
    );
    return buildSessionView(trx, user, {
      active_org_id: session.active_org_id,
      mfa_pending: false,
      mfa_via_provider: false,
    });
  },
});

import type { UserRow } from '../../db/schema.ts';
import { recordFailedMfa } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { MFA_LOCK_MINUTES, MFA_LOCK_THRESHOLD, type SignInFailure } from './session-rules.ts';
import { countThrottledFailure, type ThrottleKeys } from './sign-in-throttle.ts';

export interface SignInFailureInput {
  user: UserRow | undefined;
  reason: SignInFailure;
  /** The source's keys when the failure counts towards its throttle; null for a refusal that counts nothing. */
  throttle: ThrottleKeys | null;
  /** A wrong second factor also counts on the account (session-rules.ts). */
  countMfa?: boolean;
}

export interface SignInFailureOutcome {
  /** The source is blocked from now until then (429). */
  blockedUntil: Date | null;
  /** The second factor of this account is locked until then (423). */
  mfaLockedUntil: Date | null;
}

/**
 * Records a failed attempt in the platform chain (and counts it towards the source's throttle, and for a
 * second factor the account's) in a use case of its own that commits before the caller throws: the
 * refusal must stay on record, it is not undone with the failed request. What is recorded is deliberately
 * little: never the password or code tried, nor the address it came from, and for an unknown account
 * neither a user id (there is none) nor the name typed — the trail is append-only, so a mistyped password
 * or someone else's address in the name field could never be erased again, and an unkeyed hash of an
 * e-mail address is reversible by guessing. ctx is SIGN_IN_ACTOR.
 */
export const recordSignInFailure = defineUseCase({
  actions: ['session.sign-in-failed'],
  async run({ trx, now, record }, _ctx: Actor, input: SignInFailureInput): Promise<SignInFailureOutcome> {
    const { user, reason, throttle, countMfa } = input;
    const counted = throttle ? await countThrottledFailure(trx, throttle, now) : null;
    const mfa =
      user && countMfa ? await recordFailedMfa(trx, user.id, MFA_LOCK_THRESHOLD, MFA_LOCK_MINUTES, now) : null;
    const blockedUntil = counted?.blockedUntil ?? null;
    const mfaLockedUntil = mfa?.mfa_locked_until && mfa.mfa_locked_until > now ? mfa.mfa_locked_until : null;
    await record(
      'session.sign-in-failed',
      {
        orgId: null,
        subjectType: 'user',
        subjectId: user?.id ?? null,
        details: {
          reason,
          ...(counted ? { failures: counted.failures } : {}),
          ...(blockedUntil ? { blockedUntil: blockedUntil.toISOString() } : {}),
          ...(mfa ? { mfaFailures: mfa.mfa_failures } : {}),
          ...(mfaLockedUntil ? { mfaLockedUntil: mfaLockedUntil.toISOString() } : {}),
        },
      },
      { userId: user?.id ?? null, reason, blockedUntil: blockedUntil?.toISOString() ?? null },
    );
    return { blockedUntil, mfaLockedUntil };
  },
});

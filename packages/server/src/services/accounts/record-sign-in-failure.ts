import type { UserRow } from '../../db/schema.ts';
import { recordFailedLogin } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD, type SignInFailure } from './session-rules.ts';

/**
 * Records a failed attempt in the platform chain (and counts it towards the lockout when `count`) in a
 * use case of its own that commits before the caller throws: the refusal must stay on record, it is
 * not undone with the failed request. What is recorded is deliberately little: never the password or
 * code tried, and for an unknown account neither a user id (there is none) nor the name typed — the
 * trail is append-only, so a mistyped password or someone else's address in the name field could never
 * be erased again, and an unkeyed hash of an e-mail address is reversible by guessing.
 * ctx is SIGN_IN_ACTOR.
 */
export const recordSignInFailure = defineUseCase({
  actions: ['session.sign-in-failed'],
  async run(
    { trx, now, record },
    _ctx: Actor,
    { user, reason, count }: { user: UserRow | undefined; reason: SignInFailure; count: boolean },
  ): Promise<UserRow | undefined> {
    const after = user && count ? await recordFailedLogin(trx, user.id, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES, now) : user;
    const lockedUntil = count && after?.locked_until && after.locked_until > now ? after.locked_until : null;
    await record(
      'session.sign-in-failed',
      {
        orgId: null,
        subjectType: 'user',
        subjectId: user?.id ?? null,
        details: {
          reason,
          ...(after && count ? { failedLogins: after.failed_logins } : {}),
          ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}),
        },
      },
      { userId: user?.id ?? null, reason, lockedUntil: lockedUntil?.toISOString() ?? null },
    );
    return after;
  },
});

import type { Session } from '@weerbaar/core/platform';
import type { UserRow } from '../../db/schema.ts';
import type { listMembershipsOfUser } from '../../repositories/membership.repository.ts';
import { insertSession } from '../../repositories/session.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { MFA_PENDING_MINUTES, SESSION_HOURS } from './session-rules.ts';
import { buildSessionView } from './session-view.ts';
import { clearAccountThrottle, type ThrottleKeys } from './sign-in-throttle.ts';

/**
 * Opens the session of a user whose password was right: a full session, or with MFA on a pending one that
 * only the second factor completes. ctx is the user acting in the new session (sessionActor).
 * After a sign-in through the organisation's identity provider (`sso`), that organisation is the active
 * one, and the second factor is asked here only when the provider did not assert one it is trusted for.
 */
export const openSession = defineUseCase({
  actions: ['session.created', 'session.password-verified'],
  async run(
    { trx, record },
    _ctx: Actor,
    input: {
      user: UserRow;
      sessionId: string;
      memberships: Awaited<ReturnType<typeof listMembershipsOfUser>>;
      /** The sign-in's source, whose failure count a completed sign-in clears; none for a provider's sign-in. */
      throttle?: ThrottleKeys;
      sso?: { orgId: string; issuer: string; mfaAsserted: boolean };
    },
  ): Promise<Session> {
    const { user, sessionId, memberships, sso } = input;
    const mfaPending = user.mfa_enabled && !sso?.mfaAsserted;
    // With MFA this source's count clears only once the second factor passes too; otherwise
    // password-right, code-wrong pairs could guess codes for ever.
    if (!mfaPending && input.throttle) await clearAccountThrottle(trx, input.throttle);
    const session = {
      id: sessionId,
      user_id: user.id,
      active_org_id: sso?.orgId ?? memberships[0]?.org_id ?? null,
      mfa_pending: mfaPending,
      // The provider's assertion satisfies the MFA requirement (core/platform/mfa.ts) for this session only.
      mfa_via_provider: Boolean(sso?.mfaAsserted),
      // By the wall clock, as access control checks it: a test's fixed clock must not age a session it uses.
      expires_at: new Date(Date.now() + (mfaPending ? MFA_PENDING_MINUTES * 60_000 : SESSION_HOURS * 3_600_000)),
    };
    await insertSession(trx, session);
    await record(
      mfaPending ? 'session.password-verified' : 'session.created',
      {
        orgId: null,
        subjectType: 'user',
        subjectId: user.id,
        ...(sso && {
          details: { via: 'sso', orgId: sso.orgId, issuer: sso.issuer, mfa: sso.mfaAsserted ? 'provider' : null },
        }),
      },
      { userId: user.id },
    );
    return buildSessionView(trx, user, session, memberships);
  },
});

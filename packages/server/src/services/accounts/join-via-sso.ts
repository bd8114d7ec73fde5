import { DomainError, type Role, type SsoRefusal } from '@weerbaar/core/platform';
import type { UserRow } from '../../db/schema.ts';
import { listMembershipsOfUser, upsertMembership } from '../../repositories/membership.repository.ts';
import { findUserByEmail, insertUser } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/** A refused sign-in through the provider; `refusal` is what the sign-in page explains. */
export class SsoRefused extends DomainError {
  constructor(
    readonly refusal: SsoRefusal,
    code: 'forbidden' | 'not_found' | 'token_invalid',
    message: string,
  ) {
    super(code, message);
  }
}

/**
 * Finds or creates the person the organisation's provider vouched for, and gives a new member the role
 * the owner chose (just-in-time membership, recorded in the organisation's chain).
 *
 * Tenant isolation: a provider speaks only for its own organisation. An account that belongs to any
 * other organisation is never signed in through it — otherwise the owner of one organisation could,
 * with a provider of their own that asserts someone else's address, open that person's account and
 * with it the other organisation. Such a person signs in with their password.
 */
export const joinViaSso = defineUseCase({
  actions: ['member.added'],
  async run(
    { trx, record, unchanged },
    _ctx: Actor,
    input: { orgId: string; joinRole: Role; email: string; name: string | undefined; issuer: string },
  ): Promise<UserRow> {
    let user = await findUserByEmail(trx, input.email);
    if (user) {
      const memberships = await listMembershipsOfUser(trx, user.id);
      if (memberships.some((m) => m.org_id !== input.orgId)) {
        throw new SsoRefused(
          'account-elsewhere',
          'forbidden',
          'This account also belongs to another organisation; sign in with your password',
        );
      }
      // No account lock to honour: wrong passwords throttle their source (sign-in-throttle.ts), and a second
      // factor the provider did not assert is still asked, under its own lock (session-rules.ts).
      if (memberships.length > 0) {
        unchanged();
        return user;
      }
    } else {
      // No password: this person signs in through the provider (or sets one with a password reset).
      user = await insertUser(trx, { email: input.email, name: input.name ?? input.email, password_hash: null });
    }
    await upsertMembership(trx, input.orgId, user.id, input.joinRole);
    const member: Actor = {
      type: 'user',
      userId: user.id,
      label: user.email,
      sessionId: '',
      orgId: input.orgId,
      role: null,
      orgKind: null,
    };
    await record(
      'member.added',
      {
        orgId: input.orgId,
        actor: member,
        subjectType: 'user',
        subjectId: user.id,
        after: { userId: user.id, role: input.joinRole },
        details: { via: 'sso', issuer: input.issuer },
      },
      { userId: user.id, role: input.joinRole },
    );
    return user;
  },
});

import { DomainError, type Role } from '@weerbaar/core/platform';
import { findUsableInvitationByToken, markInvitation } from '../../repositories/invitation.repository.ts';
import { upsertMembership } from '../../repositories/membership.repository.ts';
import { findUserByEmail, insertUser } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { hashPassword, sha256Token } from './secrets.ts';

interface Acceptance {
  token: string;
  name: string;
  password?: string | undefined;
}

/**
 * The invitee holds only the token; an existing account joins, a new address gets an account. Nobody is
 * signed in (ctx is the platform), so the audit event names the invitee as its actor.
 */
const joinOrganisation = defineUseCase({
  actions: ['invitation.accepted'],
  async run(
    { trx, now, record },
    _ctx: Actor,
    input: { token: string; name: string; passwordHash: string | undefined },
  ): Promise<void> {
    const inv = await findUsableInvitationByToken(trx, sha256Token(input.token), now);
    if (!inv) {
      throw new DomainError('token_invalid', 'This invitation is not valid (any more)', [
        { name: 'body.token', reason: 'is unknown, used, revoked or expired', code: 'link_invalid' },
      ]);
    }
    let user = await findUserByEmail(trx, inv.email);
    if (!user) {
      if (!input.passwordHash) {
        throw new DomainError('validation_failed', 'Choose a password for your new account', [
          { name: 'body.password', reason: 'is required for a new account' },
        ]);
      }
      user = await insertUser(trx, {
        email: inv.email,
        name: input.name,
        password_hash: input.passwordHash,
      });
    }
    const role = inv.role as Role;
    await upsertMembership(trx, inv.org_id, user.id, role);
    await markInvitation(trx, inv.org_id, inv.id, { accepted_at: now });
    const invitee: Actor = {
      type: 'user',
      userId: user.id,
      label: user.email,
      sessionId: '',
      orgId: inv.org_id,
      role: null,
      orgKind: null,
    };
    await record(
      'invitation.accepted',
      {
        orgId: inv.org_id,
        actor: invitee,
        subjectType: 'invitation',
        subjectId: inv.id,
        after: { userId: user.id, role: inv.role },
      },
      { userId: user.id, role },
    );
  },
});

/** The password of a new account is hashed (argon2, slow) first, outside the use case's transaction. */
export async function acceptInvitation(deps: Deps, ctx: Actor, { token, name, password }: Acceptance): Promise<void> {
  const passwordHash = password ? await hashPassword(password) : undefined;
  await joinOrganisation(deps, ctx, { token, name, passwordHash });
}

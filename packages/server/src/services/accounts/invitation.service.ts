import { DomainError, notFound, type Invitation, type Role } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import {
  findInvitation,
  findUsableInvitationByToken,
  insertInvitation,
  listOpenInvitations,
  markInvitation,
} from '../../repositories/invitation.repository.ts';
import { enqueueMail } from '../../repositories/mail-outbox.repository.ts';
import { upsertMembership } from '../../repositories/membership.repository.ts';
import { findUserByEmail, insertUser } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { assertGrantable } from './member.service.ts';
import { hashPassword, newSecret, sha256Token } from './secrets.ts';

const INVITATION_DAYS = 7;

type InvitationRow = Awaited<ReturnType<typeof insertInvitation>>;

function presentInvitation(r: InvitationRow): Invitation {
  return {
    id: r.id,
    email: r.email,
    role: r.role as Role,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
  };
}

export async function listInvitations(db: Db, { orgId }: OrgActor): Promise<Invitation[]> {
  return (await listOpenInvitations(db, orgId)).map(presentInvitation);
}

export async function inviteMember(
  db: Db,
  ctx: OrgActor,
  input: { email: string; role: Role },
  publicUrl: string,
): Promise<Invitation> {
  assertGrantable(ctx, input.role, 'body.role');
  const { token, hash } = newSecret('');
  const acceptUrl = `${publicUrl}/invitations/accept?token=${token}`;
  return db.transaction().execute(async (trx) => {
    const row = await insertInvitation(trx, {
      org_id: ctx.orgId,
      email: input.email,
      role: input.role,
      token_hash: hash,
      invited_by: ctx.actor.type === 'user' ? ctx.actor.userId : null,
      expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    });
    await enqueueMail(trx, {
      to_address: input.email,
      subject: 'Uitnodiging voor Weerbaar / Invitation to Weerbaar',
      body: `Je bent uitgenodigd / You are invited:\n${acceptUrl}\n\nGeldig ${INVITATION_DAYS} dagen / valid ${INVITATION_DAYS} days.`,
    });
    const invitation = presentInvitation(row);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'invitation.created',
      subjectType: 'invitation',
      subjectId: row.id,
      after: invitation,
    });
    // The token goes to the invitee's mailbox only: whoever holds it can create the account.
    return invitation;
  });
}

export async function revokeInvitation(db: Db, ctx: OrgActor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findInvitation(trx, ctx.orgId, id);
    if (!row || row.revoked_at) throw notFound('Invitation');
    await markInvitation(trx, ctx.orgId, id, { revoked_at: new Date() });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'invitation.revoked',
      subjectType: 'invitation',
      subjectId: id,
    });
  });
}

/** The invitee holds only the token; an existing account joins, a new address gets an account. */
export async function acceptInvitation(
  db: Db,
  input: { token: string; name: string; password?: string | undefined },
): Promise<void> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  await db.transaction().execute(async (trx) => {
    const inv = await findUsableInvitationByToken(trx, sha256Token(input.token));
    if (!inv) {
      throw new DomainError('token_invalid', 'This invitation is not valid (any more)', [
        { name: 'body.token', reason: 'is unknown, used, revoked or expired' },
      ]);
    }
    let user = await findUserByEmail(trx, inv.email);
    if (!user) {
      if (!passwordHash) {
        throw new DomainError('validation_failed', 'Choose a password for your new account', [
          { name: 'body.password', reason: 'is required for a new account' },
        ]);
      }
      user = await insertUser(trx, { email: inv.email, name: input.name, password_hash: passwordHash });
    }
    await upsertMembership(trx, inv.org_id, user.id, inv.role);
    await markInvitation(trx, inv.org_id, inv.id, { accepted_at: new Date() });
    const actor = {
      type: 'user' as const,
      userId: user.id,
      label: user.email,
      sessionId: '',
      orgId: inv.org_id,
      role: null,
      orgKind: null,
    };
    await recordAuditEvent(trx, actor, {
      orgId: inv.org_id,
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: inv.id,
      after: { userId: user.id, role: inv.role },
    });
  });
}

import type { Invitation, Role } from '@weerbaar/core/platform';
import { insertInvitation } from '../../repositories/invitation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentInvitation } from './account.presenter.ts';
import { INVITATION_DAYS } from './invitation-queries.ts';
import { assertGrantable } from './member-queries.ts';
import { newSecret } from './secrets.ts';
import { sendMail } from '../platform/send-mail.ts';

export const inviteMember = defineUseCase({
  actions: ['invitation.created'],
  async run({ trx, now, config, record }, ctx: OrgActor, input: { email: string; role: Role }): Promise<Invitation> {
    authorize(ctx, 'manage', { type: 'organisation', orgId: ctx.orgId }, 'Organisation');
    assertGrantable(ctx, input.role, 'body.role');
    const { token, hash } = newSecret('');
    const acceptUrl = `${config.publicUrl}/invitations/accept?token=${token}`;
    const row = await insertInvitation(trx, {
      org_id: ctx.orgId,
      email: input.email,
      role: input.role,
      token_hash: hash,
      invited_by: ctx.actor.type === 'user' ? ctx.actor.userId : null,
      expires_at: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    });
    await sendMail(trx, {
      to_address: input.email,
      subject: 'Uitnodiging voor Weerbaar / Invitation to Weerbaar',
      body: `Je bent uitgenodigd / You are invited:\n${acceptUrl}\n\nGeldig ${INVITATION_DAYS} dagen / valid ${INVITATION_DAYS} days.`,
    });
    const invitation = presentInvitation(row);
    await record(
      'invitation.created',
      { subjectType: 'invitation', subjectId: row.id, after: invitation },
      { role: input.role },
    );
    // The token goes to the invitee's mailbox only: whoever holds it can create the account.
    return invitation;
  },
});

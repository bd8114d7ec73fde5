import type { AgendaInvitationCreate, AgendaItem } from '@weerbaar/core/exercise-agenda';
import { DomainError, invalidField, notFound } from '@weerbaar/core/platform';
import {
  findOrganisationName,
  insertAgendaInvitation,
  lockAgendaItem,
} from '../../repositories/exercise-agenda.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadAgendaItem, ownAgenda } from './exercise-agenda-queries.ts';

/**
 * Invites an organisation on this installation to an agenda item. It sees the item in its own platform, next
 * to its own exercises, and confirms or declines there (answer-agenda-invitation.ts).
 */
export const inviteToAgendaItem = defineUseCase({
  actions: ['exercise-agenda.invitation-sent'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { itemId, invitation }: { itemId: string; invitation: AgendaInvitationCreate },
  ): Promise<AgendaItem> {
    authorize(ctx, 'manage', ownAgenda(ctx.orgId), 'Agenda item');
    const item = await lockAgendaItem(trx, ctx.orgId, itemId);
    if (!item) throw notFound('Agenda item');
    if (item.status !== 'planned' && item.status !== 'prepared') {
      throw new DomainError('conflict', `The item is ${item.status}: no more invitations`);
    }
    if (invitation.orgId === ctx.orgId) throw invalidField('body.orgId', 'is the authority itself');
    const name = await findOrganisationName(trx, invitation.orgId);
    if (name === undefined) throw invalidField('body.orgId', 'is not an organisation on this platform');
    const row = await insertAgendaInvitation(trx, {
      org_id: ctx.orgId,
      item_id: itemId,
      invited_org_id: invitation.orgId,
    });
    if (!row) throw new DomainError('conflict', 'This organisation is already invited');
    await record(
      'exercise-agenda.invitation-sent',
      {
        subjectType: 'exercise-agenda-item',
        subjectId: itemId,
        after: { invitationId: row.id, orgId: invitation.orgId, orgName: name },
      },
      { itemId, invitationId: row.id, invitedOrgId: invitation.orgId },
    );
    return loadAgendaItem(trx, ctx.orgId, item);
  },
});

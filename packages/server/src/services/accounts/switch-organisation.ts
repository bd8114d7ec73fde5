import { DomainError, notFound, type Role, type Session } from '@weerbaar/core/platform';
import { findMembership } from '../../repositories/membership.repository.ts';
import { findLiveSession, updateSession } from '../../repositories/session.repository.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { buildSessionView } from './session-view.ts';

export const switchOrganisation = defineUseCase({
  actions: ['session.organisation-switched'],
  async run({ trx, record }, actor: UserActor, { orgId }: { orgId: string }): Promise<Session> {
    // Not a member and no such organisation look the same: 404, no existence leak.
    const membership = await findMembership(trx, orgId, actor.userId);
    if (!membership) throw notFound('Organisation');
    const role = membership.role as Role;
    await updateSession(trx, actor.sessionId, { active_org_id: orgId });
    // In the chain of the organisation entered: its own trail shows who started acting in it. The
    // organisation left is not named, so one organisation's trail never reveals another's.
    await record(
      'session.organisation-switched',
      { orgId, subjectType: 'user', subjectId: actor.userId, details: { role } },
      { userId: actor.userId, role },
    );
    const session = await findLiveSession(trx, actor.sessionId);
    if (!session) throw new DomainError('unauthenticated', 'Sign in first');
    return buildSessionView(trx, await currentUser(trx, actor), session);
  },
});

// The crisis-team picker's read: who may be given a crisis-team role. Who may post is the 'crisis-room'
// policy's rule, asked per person here (never a second list of roles), so the picker and the room agree.
import type { CrisisTeamCandidates } from '@weerbaar/core/crisis';
import { can, type OrgKind, type Role } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { listPeopleOfCrisisOrgs } from '../../repositories/crisis.repository.ts';
import { loadRoom } from './crisis-guards.ts';

const NAMES = new Intl.Collator('nl', { sensitivity: 'base' });

/**
 * People of the owning organisation and of the member organisations whose role may post in the room, grouped
 * by organisation (the owner first). Only who may manage the crisis reads it: another organisation's people
 * are named to its coordinators, to no one else. A person's current crisis-team role does not count here (an
 * observer may be made an analyst), only the platform role, which the team role can only narrow.
 */
export async function listCrisisTeamCandidates(
  db: DbOrTrx,
  ctx: OrgActor,
  crisisId: string,
): Promise<CrisisTeamCandidates> {
  const { crisis, subject } = await loadRoom(db, ctx, crisisId);
  authorize(ctx, 'manage', subject, 'Crisis');
  const room = { ...subject, observerUserIds: [] };
  const people = (await listPeopleOfCrisisOrgs(db, crisis.org_id, crisis.id)).filter((p) =>
    can({ orgId: p.org_id, role: p.role as Role, orgKind: p.org_kind as OrgKind, userId: p.user_id }, 'post', room),
  );
  // A person of both the owner and a member organisation is listed once, under the owner.
  const ofOwner = new Set(people.filter((p) => p.org_id === crisis.org_id).map((p) => p.user_id));
  const groups = new Map<string, CrisisTeamCandidates['organisations'][number]>();
  for (const p of people) {
    const owner = p.org_id === crisis.org_id;
    if (!owner && ofOwner.has(p.user_id)) continue;
    const group = groups.get(p.org_id) ?? { orgId: p.org_id, name: p.org_name, owner, people: [] };
    groups.set(p.org_id, group);
    group.people.push({ userId: p.user_id, name: p.name });
  }
  // Sorted as people read names (the database's collation may put capitals first).
  const byName = (a: { name: string }, b: { name: string }) => NAMES.compare(a.name, b.name);
  for (const g of groups.values()) g.people.sort(byName);
  return { organisations: [...groups.values()].sort((a, b) => Number(b.owner) - Number(a.owner) || byName(a, b)) };
}

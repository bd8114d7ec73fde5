// Loading a crisis for the reader and building its policy subject ('crisis-room', core/platform/policies.ts).
import { DEFAULT_CRISIS_SETTINGS, type CrisisSettings } from '@weerbaar/core/crisis';
import { can, DomainError, invalidField, notFound, type Subject } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { CrisisRow } from '../../db/schema-crisis.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize, policyActorOf } from '../../kernel/authorize.ts';
import { listRegistryCandidates } from '../../repositories/crisis-request.repository.ts';
import {
  existingOrgIds,
  findCrisisSettings,
  findReadableCrisis,
  listMemberOrgs,
  listTeam,
} from '../../repositories/crisis.repository.ts';

export interface LoadedRoom {
  crisis: CrisisRow;
  subject: Subject<'crisis-room'>;
}

/** The crisis as the room: its members and observers. Not found when the reader's organisation neither owns it nor is a member. */
export async function loadRoom(
  db: DbOrTrx,
  ctx: OrgActor,
  crisisId: string,
  opts: { lock?: boolean } = {},
): Promise<LoadedRoom> {
  const crisis = await findReadableCrisis(db, ctx.orgId, crisisId, opts);
  if (!crisis) throw notFound('Crisis');
  const [members, team] = await Promise.all([
    listMemberOrgs(db, crisis.org_id, crisis.id),
    listTeam(db, crisis.org_id, crisis.id),
  ]);
  return {
    crisis,
    subject: {
      type: 'crisis-room',
      orgId: crisis.org_id,
      memberOrgIds: members.map((m) => m.member_org_id),
      observerUserIds: team.filter((t) => t.role === 'observer').map((t) => t.user_id),
    },
  };
}

/** The subject for acts on the organisation's own crisis coordination as a whole (declaring, settings, lists). */
export const ownRoomSubject = (orgId: string): Subject<'crisis-room'> => ({
  type: 'crisis-room',
  orgId,
  memberOrgIds: [],
});

export function mayInRoom(ctx: OrgActor, subject: Subject<'crisis-room'>): { post: boolean; manage: boolean } {
  const actor = policyActorOf(ctx);
  return { post: can(actor, 'post', subject), manage: can(actor, 'manage', subject) };
}

/** The organisation's levels and structures: its own settings, or the defaults. */
export async function effectiveSettings(db: DbOrTrx, orgId: string): Promise<CrisisSettings> {
  const row = await findCrisisSettings(db, orgId);
  if (!row) return DEFAULT_CRISIS_SETTINGS;
  return {
    levels: row.levels,
    structures: row.structures,
    defaultSitrepIntervalMinutes: row.default_sitrep_interval_minutes,
  };
}

/** A closed crisis takes no more entries. */
export function assertOpen(crisis: CrisisRow): void {
  if (crisis.status === 'closed') throw new DomainError('conflict', 'The crisis is closed');
}

/**
 * Opens the room for a change: the crisis row locked (numbering, status), the policy checked, closed refused.
 * `chains`: the audit chains the change goes to — the owner's, and the acting member organisation's too.
 */
export async function openRoomFor(
  trx: DbOrTrx,
  ctx: OrgActor,
  crisisId: string,
  action: 'post' | 'manage',
): Promise<LoadedRoom & { chains: string[] }> {
  const room = await loadRoom(trx, ctx, crisisId, { lock: true });
  authorize(ctx, action, room.subject, 'Crisis');
  assertOpen(room.crisis);
  const chains = room.crisis.org_id === ctx.orgId ? [ctx.orgId] : [room.crisis.org_id, ctx.orgId];
  return { ...room, chains };
}

/**
 * Sorts the wanted members: organisations on this installation join the room (read and write it here); an
 * entity of the authority's register that lives on another installation (a registry entity without a local
 * organisation) becomes a remote member: it never reads the room, it receives each new sitrep as a crisis
 * message over the pull channel it already fetches uitvragen with (services/crisis-requests). Every registry
 * entity has that route: it is in the register because it delivered with a token bound to its sender id,
 * and that token is what it pulls with. An id that is neither is refused.
 */
export async function sortMembers(
  trx: DbOrTrx,
  ownerOrgId: string,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<{ local: string[]; remote: { entity_id: string; name: string }[] }> {
  const here = await existingOrgIds(trx, ids);
  const elsewhere = ids.filter((id) => !here.has(id));
  const registered = await listRegistryCandidates(trx, ownerOrgId, elsewhere);
  const index = ids.findIndex((id) => !here.has(id) && !registered.some((r) => r.entity_id === id));
  if (index >= 0) throw invalidField(field(index), 'is not an organisation here nor an entity of your register');
  return {
    local: ids.filter((id) => here.has(id)),
    remote: registered.map((r) => ({ entity_id: r.entity_id, name: r.name })),
  };
}

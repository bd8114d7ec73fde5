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
 * Member organisations are organisations on this installation: the room is read and written here, and nothing
 * carries it to another installation. An entity of the register that lives elsewhere (a registry entity
 * without a local organisation) is refused with its own code, so the screen can say why and point to what does
 * reach it: the uitvraag and crisis messages over the pull channel (services/crisis-requests).
 */
export async function assertMembersHere(
  trx: DbOrTrx,
  ownerOrgId: string,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<void> {
  const here = await existingOrgIds(trx, ids);
  const index = ids.findIndex((id) => !here.has(id));
  if (index < 0) return;
  const [registered] = await listRegistryCandidates(trx, ownerOrgId, [ids[index]!]);
  if (registered)
    throw invalidField(
      field(index),
      'is registered with you but works on another installation; it cannot join a crisis room: reach it with an uitvraag or crisis message',
      'other_installation',
    );
  throw invalidField(field(index), 'is not an organisation here');
}

// Reads of crisis coordination; each authorises through the 'crisis-room' policy. A member organisation reads
// the crises it takes part in; real and exercise crises are never listed together.
import type { Crisis, CrisisSettings, CrisisSitrep, CrisisSummary } from '@weerbaar/core/crisis';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import {
  findSitrep,
  lastSitrepTimes,
  listCrisisTasks,
  listDecisions,
  listFacts,
  listLessons,
  listLevelChanges,
  listMemberOrgs,
  listRemoteMembers,
  listReadableCrises,
  listScope,
  listSitreps,
  listTeam,
} from '../../repositories/crisis.repository.ts';
import { effectiveSettings, loadRoom, mayInRoom, ownRoomSubject } from './crisis-guards.ts';
import { presentCrisis, presentCrisisSummary, presentSitrep } from './crisis.presenter.ts';

export async function getCrisisSettings(db: DbOrTrx, ctx: OrgActor): Promise<CrisisSettings> {
  authorize(ctx, 'read', ownRoomSubject(ctx.orgId), 'Crisis');
  return effectiveSettings(db, ctx.orgId);
}

export async function listCrises(
  db: DbOrTrx,
  ctx: OrgActor,
  query: { exercise: boolean },
  now: Date,
): Promise<{ items: CrisisSummary[] }> {
  // Reading one's own list needs org:read; which crises are in it is the membership rule of the query.
  authorize(ctx, 'read', ownRoomSubject(ctx.orgId), 'Crisis');
  const rows = await listReadableCrises(db, ctx.orgId, query.exercise);
  const last = await lastSitrepTimes(db, rows);
  const levelsOf = new Map<string, CrisisSettings['levels']>();
  for (const orgId of new Set(rows.map((r) => r.org_id)))
    levelsOf.set(orgId, (await effectiveSettings(db, orgId)).levels);
  return {
    items: rows.map((r) => presentCrisisSummary(r, levelsOf.get(r.org_id) ?? [], last.get(r.id) ?? null, now)),
  };
}

export async function loadCrisis(db: DbOrTrx, ctx: OrgActor, crisisId: string, now: Date): Promise<Crisis> {
  const { crisis, subject } = await loadRoom(db, ctx, crisisId);
  authorize(ctx, 'read', subject, 'Crisis');
  const o = crisis.org_id;
  const [settings, levelChanges, members, remoteMembers, team, scope, facts, decisions, tasks, sitreps, lessons] =
    await Promise.all([
      effectiveSettings(db, o),
      listLevelChanges(db, o, crisis.id),
      listMemberOrgs(db, o, crisis.id),
      listRemoteMembers(db, o, crisis.id),
      listTeam(db, o, crisis.id),
      listScope(db, o, crisis.id),
      listFacts(db, o, crisis.id),
      listDecisions(db, o, crisis.id),
      listCrisisTasks(db, o, crisis.id),
      listSitreps(db, o, crisis.id),
      listLessons(db, o, crisis.id),
    ]);
  return presentCrisis(
    {
      row: crisis,
      levels: settings.levels,
      structures: settings.structures,
      levelChanges,
      members,
      remoteMembers,
      team,
      scope,
      facts,
      decisions,
      tasks,
      sitreps,
      lessons,
      may: mayInRoom(ctx, subject),
    },
    now,
  );
}

export async function getSitrep(db: DbOrTrx, ctx: OrgActor, crisisId: string, sitrepId: string): Promise<CrisisSitrep> {
  const { crisis, subject } = await loadRoom(db, ctx, crisisId);
  authorize(ctx, 'read', subject, 'Crisis');
  const row = await findSitrep(db, crisis.org_id, crisis.id, sitrepId);
  if (!row) throw notFound('Sitrep');
  return presentSitrep(row);
}

/** The whole record for the PDF export: the crisis and every sitrep in full. */
export async function loadCrisisRecord(
  db: DbOrTrx,
  ctx: OrgActor,
  crisisId: string,
  now: Date,
): Promise<{ crisis: Crisis; sitreps: CrisisSitrep[] }> {
  const crisis = await loadCrisis(db, ctx, crisisId, now);
  const rows = await listSitreps(db, crisis.ownerOrgId, crisis.id);
  return { crisis, sitreps: rows.map(presentSitrep) };
}

// Continuity plans, their versions and the offline packs (migrations 20261208_0300 and _0310). Every query
// takes the organisation: a plan of another organisation is simply not there.
import type { PlanContent } from '@weerbaar/core/continuity';
import type { DbOrTrx } from '../db/database.ts';
import type { ContinuityPlanRow } from '../db/schema-continuity.ts';
import type { ContinuityPackRow, ContinuityPlanVersionRow } from '../db/schema-continuity-plans.ts';

/** A plan with the name of its service (null for a crisis protocol). */
export type PlanWithService = ContinuityPlanRow & { service_name: string | null };

const plansWithService = (db: DbOrTrx, orgId: string) =>
  db
    .selectFrom('continuity_plans as p')
    .leftJoin('assets as a', (j) => j.onRef('a.org_id', '=', 'p.org_id').onRef('a.id', '=', 'p.service_id'))
    .selectAll('p')
    .select('a.name as service_name')
    .where('p.org_id', '=', orgId);

export async function listPlans(db: DbOrTrx, orgId: string): Promise<PlanWithService[]> {
  return plansWithService(db, orgId).orderBy('p.kind').orderBy('p.title').execute();
}

export async function findPlan(db: DbOrTrx, orgId: string, id: string): Promise<PlanWithService | undefined> {
  return plansWithService(db, orgId).where('p.id', '=', id).executeTakeFirst();
}

/** Locks the plan row: changes and approvals of one plan take turns (version numbers, one draft). */
export async function lockPlan(db: DbOrTrx, orgId: string, id: string): Promise<ContinuityPlanRow | undefined> {
  return db
    .selectFrom('continuity_plans')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertPlan(
  db: DbOrTrx,
  v: {
    org_id: string;
    kind: 'continuity' | 'crisis';
    service_id: string | null;
    title: string;
    incident_response_plan: boolean;
  },
): Promise<ContinuityPlanRow> {
  return db.insertInto('continuity_plans').values(v).returningAll().executeTakeFirstOrThrow();
}

export async function updatePlan(
  db: DbOrTrx,
  orgId: string,
  id: string,
  v: { title?: string; incident_response_plan?: boolean; updated_at: Date },
): Promise<ContinuityPlanRow> {
  return db
    .updateTable('continuity_plans')
    .set(v)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Takes the incident-response-plan mark off every other plan (there is one per organisation). */
export async function clearIncidentResponsePlan(db: DbOrTrx, orgId: string, exceptId?: string): Promise<string[]> {
  let q = db
    .updateTable('continuity_plans')
    .set({ incident_response_plan: false })
    .where('org_id', '=', orgId)
    .where('incident_response_plan', '=', true);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  const rows = await q.returning('id').execute();
  return rows.map((r) => r.id);
}

export async function findIncidentResponsePlan(db: DbOrTrx, orgId: string): Promise<ContinuityPlanRow | undefined> {
  return db
    .selectFrom('continuity_plans')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_response_plan', '=', true)
    .executeTakeFirst();
}

/** All versions of one plan, oldest first. */
export async function listPlanVersions(
  db: DbOrTrx,
  orgId: string,
  planId: string,
): Promise<ContinuityPlanVersionRow[]> {
  return db
    .selectFrom('continuity_plan_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('plan_id', '=', planId)
    .orderBy('version')
    .execute();
}

/** The approved and draft version of every plan of the organisation (for the list). */
export async function listOpenVersions(db: DbOrTrx, orgId: string): Promise<ContinuityPlanVersionRow[]> {
  return db
    .selectFrom('continuity_plan_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', 'in', ['approved', 'draft'])
    .execute();
}

export async function insertPlanVersion(
  db: DbOrTrx,
  v: {
    org_id: string;
    plan_id: string;
    version: number;
    content: PlanContent;
    change_note: string;
    created_by_name: string | null;
    created_at: Date;
  },
): Promise<ContinuityPlanVersionRow> {
  return db
    .insertInto('continuity_plan_versions')
    .values({ ...v, status: 'draft', content: JSON.stringify(v.content), updated_at: v.created_at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateDraftVersion(
  db: DbOrTrx,
  orgId: string,
  planId: string,
  version: number,
  v: { content?: PlanContent; change_note?: string; updated_at: Date },
): Promise<ContinuityPlanVersionRow> {
  return db
    .updateTable('continuity_plan_versions')
    .set({
      updated_at: v.updated_at,
      ...(v.change_note !== undefined ? { change_note: v.change_note } : {}),
      ...(v.content !== undefined ? { content: JSON.stringify(v.content) } : {}),
    })
    .where('org_id', '=', orgId)
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The approved version goes out of force, then the draft comes into force (one approved at a time). */
export async function approveDraftVersion(
  db: DbOrTrx,
  orgId: string,
  planId: string,
  version: number,
  v: { approved_by: string | null; approved_by_name: string | null; approved_at: Date; next_review_on: string },
): Promise<ContinuityPlanVersionRow> {
  await db
    .updateTable('continuity_plan_versions')
    .set({ status: 'superseded' })
    .where('org_id', '=', orgId)
    .where('plan_id', '=', planId)
    .where('status', '=', 'approved')
    .execute();
  return db
    .updateTable('continuity_plan_versions')
    .set({ ...v, status: 'approved', updated_at: v.approved_at })
    .where('org_id', '=', orgId)
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The version in force of every plan that has one, with the plan's title. */
export async function listApprovedVersions(
  db: DbOrTrx,
  orgId: string,
): Promise<
  (ContinuityPlanVersionRow & { title: string; kind: 'continuity' | 'crisis'; service_name: string | null })[]
> {
  return db
    .selectFrom('continuity_plan_versions as v')
    .innerJoin('continuity_plans as p', (j) => j.onRef('p.org_id', '=', 'v.org_id').onRef('p.id', '=', 'v.plan_id'))
    .leftJoin('assets as a', (j) => j.onRef('a.org_id', '=', 'p.org_id').onRef('a.id', '=', 'p.service_id'))
    .selectAll('v')
    .select(['p.title', 'p.kind', 'a.name as service_name'])
    .where('v.org_id', '=', orgId)
    .where('v.status', '=', 'approved')
    .orderBy('p.kind', 'desc')
    .orderBy('p.title')
    .execute();
}

/** The given versions with their plans' titles (a pack's contents, in its order). */
export async function listPackVersions(
  db: DbOrTrx,
  orgId: string,
  packId: string,
): Promise<
  (ContinuityPlanVersionRow & { title: string; kind: 'continuity' | 'crisis'; service_name: string | null })[]
> {
  return (
    db
      .selectFrom('continuity_pack_plans as pp')
      .innerJoin('continuity_plan_versions as v', (j) =>
        j
          .onRef('v.org_id', '=', 'pp.org_id')
          .onRef('v.plan_id', '=', 'pp.plan_id')
          .onRef('v.version', '=', 'pp.version'),
      )
      .innerJoin('continuity_plans as p', (j) => j.onRef('p.org_id', '=', 'v.org_id').onRef('p.id', '=', 'v.plan_id'))
      .leftJoin('assets as a', (j) => j.onRef('a.org_id', '=', 'p.org_id').onRef('a.id', '=', 'p.service_id'))
      .selectAll('v')
      // The title as printed (a renamed plan keeps its printed title in the pack).
      .select(['pp.title', 'p.kind', 'a.name as service_name'])
      .where('pp.org_id', '=', orgId)
      .where('pp.pack_id', '=', packId)
      .orderBy('p.kind', 'desc')
      .orderBy('pp.title')
      .execute()
  );
}

export async function insertPack(
  db: DbOrTrx,
  v: { org_id: string; made_at: Date; made_by_name: string | null; via: 'web' | 'cli' },
  plans: readonly { plan_id: string; version: number; title: string }[],
): Promise<ContinuityPackRow> {
  // Pack versions count up per organisation; the caller holds the transaction, the unique key refuses a race.
  const last = await db
    .selectFrom('continuity_packs')
    .select((eb) => eb.fn.max('pack_version').as('max'))
    .where('org_id', '=', v.org_id)
    .executeTakeFirst();
  const pack = await db
    .insertInto('continuity_packs')
    .values({ ...v, pack_version: (last?.max ?? 0) + 1 })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (plans.length > 0) {
    await db
      .insertInto('continuity_pack_plans')
      .values(
        plans.map((p) => ({
          org_id: v.org_id,
          pack_id: pack.id,
          plan_id: p.plan_id,
          version: p.version,
          title: p.title,
        })),
      )
      .execute();
  }
  return pack;
}

export async function findPack(db: DbOrTrx, orgId: string, id: string): Promise<ContinuityPackRow | undefined> {
  return db
    .selectFrom('continuity_packs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findLastPack(db: DbOrTrx, orgId: string): Promise<ContinuityPackRow | undefined> {
  return db
    .selectFrom('continuity_packs')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('pack_version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listPackPlanVersions(
  db: DbOrTrx,
  orgId: string,
  packId: string,
): Promise<{ plan_id: string; version: number; title: string }[]> {
  // What the pack printed: the version and the title as they were then.
  return db
    .selectFrom('continuity_pack_plans as pp')
    .select(['pp.plan_id', 'pp.version', 'pp.title'])
    .where('pp.org_id', '=', orgId)
    .where('pp.pack_id', '=', packId)
    .orderBy('pp.title')
    .execute();
}

/** Organisations by id or name, for the CLI (`--org`). */
export async function listOrganisationNames(
  db: DbOrTrx,
): Promise<{ id: string; name: string; kind: 'entity' | 'authority' }[]> {
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
}

/** How many continuity plans are about this service (it must stay a service while they are). */
export async function countPlansForService(db: DbOrTrx, orgId: string, serviceId: string): Promise<number> {
  const row = await db
    .selectFrom('continuity_plans')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .where('service_id', '=', serviceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

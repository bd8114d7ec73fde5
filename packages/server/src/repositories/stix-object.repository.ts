// STIX objects shared with communities: every version a row, every read filtered by the one visibility
// rule (shared-visibility.ts), every list paged in SQL by (date_added, seq).
import { sql, type Insertable, type SqlBool, type Expression } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { StixObjectRecipientsTable, StixObjectsTable } from '../db/schema-sharing.ts';
import { visibleTo, type SqlViewer } from './shared-visibility.ts';

export type StixObjectInsert = Insertable<StixObjectsTable>;

/** The owner of each object id already in the community (an id belongs to the organisation that shared it first). */
export async function ownersOfObjects(db: DbOrTrx, communityId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('stix_objects')
    .select(['id', 'owner_org_id'])
    .distinct()
    .where('community_id', '=', communityId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.owner_org_id]));
}

/** Inserts versions; a version already stored (same id and modified) is left as it is. Returns what was added. */
export async function insertStixObjects(db: DbOrTrx, rows: readonly StixObjectInsert[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('stix_objects')
    .values(rows.map((r) => ({ ...r, object: sql`${r.object}::json` as unknown as string })))
    .onConflict((oc) => oc.columns(['community_id', 'id', 'modified_at']).doNothing())
    .returning(['id', 'modified'])
    .execute();
}

export async function insertRecipients(db: DbOrTrx, rows: readonly Insertable<StixObjectRecipientsTable>[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('stix_object_recipients')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Which versions a TAXII request selects (TAXII 2.1 §3.5.1, match[version]): any of these. */
export interface VersionMatch {
  last: boolean;
  first: boolean;
  all: boolean;
  at: Date[];
}

export interface StixPageFilter {
  communityId: string;
  ids?: string[] | undefined;
  types?: string[] | undefined;
  specVersions?: string[] | undefined;
  versions: VersionMatch;
  addedAfter?: Date | undefined;
  /** Keyset of the last row of the previous page. */
  after?: { dateAdded: Date; seq: string } | undefined;
  limit: number;
}

export interface StixPageRow {
  id: string;
  modified: string;
  spec_version: string;
  date_added: Date;
  seq: string;
  json: string;
}

function versionCondition(v: VersionMatch): Expression<SqlBool> | null {
  if (v.all) return null;
  const parts = [];
  const newer = sql`EXISTS (SELECT 1 FROM stix_objects n
    WHERE n.community_id = o.community_id AND n.id = o.id AND n.modified_at > o.modified_at)`;
  const older = sql`EXISTS (SELECT 1 FROM stix_objects n
    WHERE n.community_id = o.community_id AND n.id = o.id AND n.modified_at < o.modified_at)`;
  if (v.last) parts.push(sql`NOT ${newer}`);
  if (v.first) parts.push(sql`NOT ${older}`);
  if (v.at.length > 0) parts.push(sql`o.modified_at IN (${sql.join(v.at)})`);
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

/**
 * One page of a collection for this viewer, oldest date_added first, limit + 1 rows (the extra one says
 * there is more). `withObject` false leaves the object out (manifest, versions).
 */
export async function pageStixObjects(
  db: DbOrTrx,
  viewer: SqlViewer,
  f: StixPageFilter,
  withObject = true,
): Promise<StixPageRow[]> {
  let q = db
    .selectFrom('stix_objects as o')
    .select(['o.id', 'o.modified', 'o.spec_version', 'o.date_added', 'o.seq'])
    .select(withObject ? sql<string>`o.object::text`.as('json') : sql<string>`''`.as('json'))
    .where('o.community_id', '=', f.communityId)
    .where(visibleTo(viewer, 'o'));
  if (f.ids?.length) q = q.where('o.id', 'in', f.ids);
  if (f.types?.length) q = q.where('o.type', 'in', f.types);
  if (f.specVersions?.length) q = q.where('o.spec_version', 'in', f.specVersions);
  const versions = versionCondition(f.versions);
  if (versions) q = q.where(versions);
  if (f.addedAfter) q = q.where('o.date_added', '>', f.addedAfter);
  if (f.after) {
    const { dateAdded, seq } = f.after;
    q = q.where(sql<SqlBool>`(o.date_added, o.seq) > (${dateAdded}, ${seq}::bigint)`);
  }
  return q
    .orderBy('o.date_added')
    .orderBy('o.seq')
    .limit(f.limit + 1)
    .execute();
}

/** Deletes the selected versions of an object of this organisation; the number of versions deleted. */
export async function deleteStixObjectVersions(
  db: DbOrTrx,
  ownerOrgId: string,
  communityId: string,
  id: string,
  versions: VersionMatch,
  specVersions?: string[],
): Promise<number> {
  let q = db
    .deleteFrom('stix_objects as o')
    .where('o.community_id', '=', communityId)
    .where('o.id', '=', id)
    .where('o.owner_org_id', '=', ownerOrgId);
  const v = versionCondition(versions);
  if (v) q = q.where(v);
  if (specVersions?.length) q = q.where('o.spec_version', 'in', specVersions);
  const result = await q.executeTakeFirst();
  const deleted = Number(result.numDeletedRows);
  if (deleted > 0) {
    const left = await db
      .selectFrom('stix_objects')
      .select('id')
      .where('community_id', '=', communityId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!left) {
      await db
        .deleteFrom('stix_object_recipients')
        .where('community_id', '=', communityId)
        .where('object_id', '=', id)
        .execute();
    }
  }
  return deleted;
}

export interface SharedListFilter {
  communityId?: string | undefined;
  type?: string | undefined;
  tlp?: string | undefined;
  limit: number;
}

/** The latest version of each object the viewer may read, newest first (the sharing list, the public page). */
export async function listVisibleObjects(db: DbOrTrx, viewer: SqlViewer, f: SharedListFilter) {
  let q = db
    .selectFrom('stix_objects as o')
    .innerJoin('communities as c', 'c.id', 'o.community_id')
    .innerJoin('organisations as org', 'org.id', 'o.owner_org_id')
    .select([
      'o.community_id',
      'c.name as community_name',
      'o.id',
      'o.type',
      'o.title',
      'o.tlp',
      'o.modified',
      'o.date_added',
      'o.owner_org_id',
      'org.name as owner_org_name',
    ])
    .where(visibleTo(viewer, 'o'))
    .where(versionCondition({ last: true, first: false, all: false, at: [] })!);
  if (f.communityId) q = q.where('o.community_id', '=', f.communityId);
  if (f.type) q = q.where('o.type', '=', f.type);
  if (f.tlp) q = q.where('o.tlp', '=', f.tlp as StixObjectsTable['tlp']);
  return q.orderBy('o.date_added', 'desc').orderBy('o.seq', 'desc').limit(f.limit).execute();
}

/** The latest visible version of each object of a community, as text, for a bundle export. */
export async function exportVisibleObjects(db: DbOrTrx, viewer: SqlViewer, communityId: string) {
  const rows = await db
    .selectFrom('stix_objects as o')
    .select(sql<string>`o.object::text`.as('json'))
    .where('o.community_id', '=', communityId)
    .where(visibleTo(viewer, 'o'))
    .where(versionCondition({ last: true, first: false, all: false, at: [] })!)
    .orderBy('o.date_added')
    .orderBy('o.seq')
    .execute();
  return rows.map((r) => r.json);
}

export async function insertTaxiiStatus(
  db: DbOrTrx,
  row: { org_id: string; id: string; community_id: string; request_timestamp: Date; status: unknown },
) {
  await db
    .insertInto('taxii_statuses')
    .values({ ...row, status: JSON.stringify(row.status) })
    .execute();
}

export async function findTaxiiStatus(db: DbOrTrx, orgId: string, id: string) {
  return db
    .selectFrom('taxii_statuses')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

import { matchKeysOf, type AdvisoryFacts } from '@weerbaar/core/advisories';
import type { TlpLabel } from '@weerbaar/core/sharing';
import type { DbOrTrx } from '../db/database.ts';
import type { AdvisoryAlertRow, AssetProductRow, CsafAdvisoryRow } from '../db/schema-advisories.ts';
import { sql } from 'kysely';
import { ADVISORIES, readsAsRecipientOrganisation, visibleTo, type SqlViewer } from './shared-visibility.ts';

// Every read of an advisory goes through the one TLP rule (shared-visibility.ts, core mayRead) with the
// advisory's audience: `csaf_advisories as a` joined with its holder `organisations as o`.
const readableBy = (viewer: SqlViewer) => visibleTo(viewer, 'a', ADVISORIES);

export interface AdvisoryFields {
  tracking_id: string;
  version: string;
  title: string;
  publisher_name: string;
  tlp: TlpLabel;
  current_release_date: string;
  cves: string[];
  max_cvss: number | null;
  source: 'file' | 'provider' | 'authored';
  source_url: string | null;
  sha512: string;
  document: Record<string, unknown>;
  facts: AdvisoryFacts;
  /** The audience: shared (then the TLP rule applies) with this community, or the holder's only. */
  shared: boolean;
  community_id: string | null;
}

export async function findAdvisoryByTracking(
  db: DbOrTrx,
  orgId: string,
  trackingId: string,
): Promise<Pick<CsafAdvisoryRow, 'id' | 'version' | 'current_release_date' | 'sha512'> | undefined> {
  return db
    .selectFrom('csaf_advisories')
    .select(['id', 'version', 'current_release_date', 'sha512'])
    .where('org_id', '=', orgId)
    .where('tracking_id', '=', trackingId)
    .executeTakeFirst();
}

/** Inserts or replaces the organisation's copy of an advisory (one per tracking id). */
export async function upsertAdvisory(
  db: DbOrTrx,
  orgId: string,
  f: AdvisoryFields,
  now: Date,
): Promise<CsafAdvisoryRow> {
  const values = {
    ...f,
    document: JSON.stringify(f.document),
    facts: JSON.stringify(f.facts),
  };
  return db
    .insertInto('csaf_advisories')
    .values({ org_id: orgId, ...values, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['org_id', 'tracking_id']).doUpdateSet({ ...values, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type AdvisoryListRow = Omit<CsafAdvisoryRow, 'document' | 'facts'> & { publisher_kind: 'entity' | 'authority' };

const LIST_COLUMNS = [
  'a.org_id',
  'a.id',
  'a.tracking_id',
  'a.version',
  'a.title',
  'a.publisher_name',
  'a.tlp',
  'a.current_release_date',
  'a.cves',
  'a.max_cvss',
  'a.source',
  'a.source_url',
  'a.sha512',
  'a.created_at',
  'a.updated_at',
  'a.shared',
  'a.community_id',
  'o.kind as publisher_kind',
] as const;

/** The advisories the organisation may read, newest first. */
export async function listVisibleAdvisories(
  db: DbOrTrx,
  viewer: SqlViewer,
  opts: { limit: number; q?: string | undefined },
): Promise<AdvisoryListRow[]> {
  let q = db
    .selectFrom('csaf_advisories as a')
    .innerJoin('organisations as o', 'o.id', 'a.org_id')
    .select(LIST_COLUMNS)
    .where(readableBy(viewer));
  if (opts.q) {
    const like = `%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('a.title', 'ilike', like), eb('a.tracking_id', 'ilike', like)]));
  }
  return q.orderBy('a.current_release_date', 'desc').limit(opts.limit).execute();
}

/**
 * The advisories the viewer may read with the first product names and how many products: the public list
 * (the anonymous viewer, whom the one rule gives shared TLP:CLEAR only). Newest first.
 */
export async function listVisibleAdvisoriesWithProducts(
  db: DbOrTrx,
  viewer: SqlViewer,
  opts: { limit: number },
): Promise<(AdvisoryListRow & { product_names: string[]; product_count: number })[]> {
  return db
    .selectFrom('csaf_advisories as a')
    .innerJoin('organisations as o', 'o.id', 'a.org_id')
    .select(LIST_COLUMNS)
    .select([
      sql<
        string[]
      >`coalesce(array(SELECT p->>'name' FROM jsonb_array_elements(a.facts->'products') WITH ORDINALITY AS x(p, n) ORDER BY n LIMIT 5), '{}')`.as(
        'product_names',
      ),
      sql<number>`coalesce(jsonb_array_length(a.facts->'products'), 0)::int`.as('product_count'),
    ])
    .where(readableBy(viewer))
    .orderBy('a.current_release_date', 'desc')
    .limit(opts.limit)
    .execute();
}

export async function findVisibleAdvisory(
  db: DbOrTrx,
  viewer: SqlViewer,
  id: string,
): Promise<(AdvisoryListRow & Pick<CsafAdvisoryRow, 'facts' | 'document'>) | undefined> {
  return db
    .selectFrom('csaf_advisories as a')
    .innerJoin('organisations as o', 'o.id', 'a.org_id')
    .select([...LIST_COLUMNS, 'a.facts', 'a.document'])
    .where('a.id', '=', id)
    .where(readableBy(viewer))
    .executeTakeFirst();
}

/**
 * The facts of every advisory the organisation may read: what its inventory is matched against. Alerts
 * belong to the organisation, not to a person, so the organisation reads as a machine would (never RED to
 * named people).
 */
export async function listVisibleAdvisoryFacts(
  db: DbOrTrx,
  viewerOrgId: string,
): Promise<Pick<CsafAdvisoryRow, 'org_id' | 'id' | 'facts'>[]> {
  return db
    .selectFrom('csaf_advisories as a')
    .select(['a.org_id', 'a.id', 'a.facts'])
    .where(readableBy({ orgId: viewerOrgId, userId: null }))
    .execute();
}

/** The facts of one advisory, when the organisation may read it (the one rule, as for the whole corpus). */
export async function findVisibleAdvisoryFacts(
  db: DbOrTrx,
  viewerOrgId: string,
  advisory: { orgId: string; id: string },
): Promise<Pick<CsafAdvisoryRow, 'org_id' | 'id' | 'facts'> | undefined> {
  return db
    .selectFrom('csaf_advisories as a')
    .select(['a.org_id', 'a.id', 'a.facts'])
    .where('a.org_id', '=', advisory.orgId)
    .where('a.id', '=', advisory.id)
    .where(readableBy({ orgId: viewerOrgId, userId: null }))
    .executeTakeFirst();
}

/** The entity organisations that may read this advisory (the one rule, per organisation): whom to match it for. */
export async function listEntityReaders(db: DbOrTrx, advisoryOrgId: string, advisoryId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations as x')
    .innerJoin('csaf_advisories as a', (j) => j.on('a.org_id', '=', advisoryOrgId).on('a.id', '=', advisoryId))
    .select('x.id')
    .where('x.kind', '=', 'entity')
    .where(readableBy({ orgId: sql<string>`x.id`, userId: null }))
    .execute();
  return rows.map((r) => r.id);
}

export async function insertAdvisoryRecipients(
  db: DbOrTrx,
  advisoryOrgId: string,
  advisoryId: string,
  recipients: { orgIds: readonly string[]; userIds: readonly string[] },
): Promise<void> {
  const rows = [
    ...recipients.orgIds.map((org_id) => ({ org_id, user_id: null })),
    ...recipients.userIds.map((user_id) => ({ org_id: null, user_id })),
  ].map((r) => ({ advisory_org_id: advisoryOrgId, advisory_id: advisoryId, passed_on_by: null, ...r }));
  if (rows.length === 0) return;
  await db.insertInto('advisory_recipients').values(rows).execute();
}

/** Whether the organisation reads the advisory as a recipient organisation (not as a client it was passed on to). */
export async function readsAdvisoryAsRecipient(
  db: DbOrTrx,
  orgId: string,
  advisory: { orgId: string; id: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('csaf_advisories as a')
    .select('a.id')
    .where('a.org_id', '=', advisory.orgId)
    .where('a.id', '=', advisory.id)
    .where(readsAsRecipientOrganisation(orgId, 'a', ADVISORIES))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Organisations of these kinds (whom a recipient may pass AMBER on to: core isClientOf), by name, each with
 * whether this advisory was already passed on to it by `passedOnBy`.
 */
export async function listPassOnCandidates(
  db: DbOrTrx,
  kinds: readonly ('entity' | 'authority')[],
  advisory: { orgId: string; id: string },
  passedOnBy: string,
): Promise<{ id: string; name: string; passed_on: boolean }[]> {
  if (kinds.length === 0) return [];
  const rows = await db
    .selectFrom('organisations as x')
    .select(['x.id', 'x.name'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('advisory_recipients as r')
            .select('r.org_id')
            .whereRef('r.org_id', '=', 'x.id')
            .where('r.advisory_org_id', '=', advisory.orgId)
            .where('r.advisory_id', '=', advisory.id)
            .where('r.passed_on_by', '=', passedOnBy),
        )
        .as('passed_on'),
    )
    .where('x.kind', 'in', kinds)
    .where('x.id', '<>', passedOnBy)
    .orderBy('x.name')
    .execute();
  return rows.map((r) => ({ ...r, passed_on: r.passed_on === true }));
}

/** Records the clients an AMBER recipient passed the advisory on to; an organisation already named stays as it is. */
export async function insertAdvisoryPassOn(
  db: DbOrTrx,
  advisory: { orgId: string; id: string },
  passedOnBy: string,
  clientOrgIds: readonly string[],
): Promise<string[]> {
  if (clientOrgIds.length === 0) return [];
  const rows = await db
    .insertInto('advisory_recipients')
    .values(
      clientOrgIds.map((org_id) => ({
        advisory_org_id: advisory.orgId,
        advisory_id: advisory.id,
        org_id,
        user_id: null,
        passed_on_by: passedOnBy,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['advisory_org_id', 'advisory_id', 'org_id']).where('org_id', 'is not', null).doNothing(),
    )
    .returning('org_id')
    .execute();
  return rows.map((r) => r.org_id!);
}

/** The kinds of these organisations (who is whose client, core isClientOf). */
export async function findOrganisationKinds(db: DbOrTrx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('organisations').select(['id', 'kind']).where('id', 'in', ids).execute();
}

/** The oldest all-entities community an organisation owns: where an authority shares by default. */
export async function findOwnAllEntitiesCommunity(db: DbOrTrx, orgId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('communities')
    .select('id')
    .where('owner_org_id', '=', orgId)
    .where('kind', '=', 'all-entities')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return row?.id;
}

/** The authority's public advisories: its own ones an anonymous reader may read under the one rule (shared TLP:CLEAR). */
const publicAdvisories = (db: DbOrTrx) =>
  db
    .selectFrom('csaf_advisories as a')
    .innerJoin('organisations as o', 'o.id', 'a.org_id')
    .where('o.kind', '=', 'authority')
    .where(readableBy({ orgId: null, userId: null }));

/** What changes the public feed: how many advisories it lists and the newest change (HTTP caching). */
export async function publicFeedStamp(db: DbOrTrx): Promise<{ count: number; newest: Date | null }> {
  const row = await publicAdvisories(db)
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max('a.updated_at').as('newest')])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), newest: row.newest ? new Date(row.newest) : null };
}

export interface PublicFeedRow {
  tracking_id: string;
  title: string;
  current_release_date: Date;
  /** tracking.initial_release_date of the document (its folder year, CSAF §7.1.13). */
  initial_release_date: string | null;
}

/**
 * The authority's public feed (CSAF §7.1.13–7.1.16): only what index.txt, changes.csv and the ROLIE feed
 * name — never the documents themselves (the database reads one field of each), newest first.
 */
export async function listPublicFeedEntries(db: DbOrTrx): Promise<PublicFeedRow[]> {
  return publicAdvisories(db)
    .select([
      'a.tracking_id',
      'a.title',
      'a.current_release_date',
      sql<string | null>`a.document->'document'->'tracking'->>'initial_release_date'`.as('initial_release_date'),
    ])
    .orderBy('a.current_release_date', 'desc')
    .orderBy('a.tracking_id')
    .execute();
}

/**
 * The files of the public feed with this file name (CSAF §5.1, see csafFileName; the caller picks the
 * year), with the text served or the sha512 of exactly that text, both from the database (the stored
 * JSON's canonical text): the hash always matches the bytes a client receives.
 */
export async function findPublicAdvisoryFiles(
  db: DbOrTrx,
  fileStem: string,
  part: 'text' | 'sha512',
): Promise<(PublicFeedRow & { updated_at: Date; text?: string; sha512?: string })[]> {
  return publicAdvisories(db)
    .select([
      'a.tracking_id',
      'a.title',
      'a.current_release_date',
      'a.updated_at',
      sql<string | null>`a.document->'document'->'tracking'->>'initial_release_date'`.as('initial_release_date'),
      part === 'text'
        ? sql<string>`a.document::text`.as('text')
        : sql<string>`encode(sha512(convert_to(a.document::text, 'UTF8')), 'hex')`.as('sha512'),
    ])
    .where(sql<boolean>`regexp_replace(lower(a.tracking_id), '[^-+a-z0-9]+', '_', 'g') = ${fileStem}`)
    .execute();
}

// --- inventory ---

export type InventoryRow = AssetProductRow & { asset_name: string };

export async function listInventory(db: DbOrTrx, orgId: string, assetId?: string): Promise<InventoryRow[]> {
  let q = db
    .selectFrom('asset_products as p')
    .innerJoin('assets as a', (j) => j.onRef('a.org_id', '=', 'p.org_id').onRef('a.id', '=', 'p.asset_id'))
    .selectAll('p')
    .select('a.name as asset_name')
    .where('p.org_id', '=', orgId);
  if (assetId) q = q.where('p.asset_id', '=', assetId);
  return q.orderBy('a.name').orderBy('p.vendor').orderBy('p.product').execute();
}

/**
 * The inventory items of an organisation that share a key name with an advisory's products (index
 * asset_products_match_names_idx, migration 20261210_0400_sharing_scale): what one advisory can hit.
 */
export async function listInventoryByKeyNames(
  db: DbOrTrx,
  orgId: string,
  keyNames: readonly string[],
): Promise<InventoryRow[]> {
  if (keyNames.length === 0) return [];
  return db
    .selectFrom('asset_products as p')
    .innerJoin('assets as a', (j) => j.onRef('a.org_id', '=', 'p.org_id').onRef('a.id', '=', 'p.asset_id'))
    .selectAll('p')
    .select('a.name as asset_name')
    .where('p.org_id', '=', orgId)
    .where(sql<boolean>`match_key_names(p.match_keys) && ${sql.val(keyNames)}::text[]`)
    .execute();
}

/** The given inventory items of an organisation (those an inventory change added). */
export async function listInventoryItemsById(
  db: DbOrTrx,
  orgId: string,
  ids: readonly string[],
): Promise<InventoryRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('asset_products as p')
    .innerJoin('assets as a', (j) => j.onRef('a.org_id', '=', 'p.org_id').onRef('a.id', '=', 'p.asset_id'))
    .selectAll('p')
    .select('a.name as asset_name')
    .where('p.org_id', '=', orgId)
    .where('p.id', 'in', ids)
    .execute();
}

/** Serialises inventory imports of one organisation (two imports of the same file add it once). */
export async function lockInventoryImports(db: DbOrTrx, orgId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`inventory-import:${orgId}`}, 0))`.execute(db);
}

/** The identifying fields of the products on these assets: what an import compares its lines with. */
export async function listInventoryIdentities(
  db: DbOrTrx,
  orgId: string,
  assetIds: readonly string[],
): Promise<Pick<AssetProductRow, 'asset_id' | 'vendor' | 'product' | 'version' | 'cpe' | 'purl'>[]> {
  if (assetIds.length === 0) return [];
  return db
    .selectFrom('asset_products')
    .select(['asset_id', 'vendor', 'product', 'version', 'cpe', 'purl'])
    .where('org_id', '=', orgId)
    .where('asset_id', 'in', assetIds)
    .execute();
}

export async function insertInventoryItems(
  db: DbOrTrx,
  orgId: string,
  rows: Omit<AssetProductRow, 'org_id' | 'id' | 'created_at' | 'match_keys'>[],
): Promise<AssetProductRow[]> {
  if (rows.length === 0) return [];
  const out: AssetProductRow[] = [];
  // In chunks: one statement's parameters are limited (65,535).
  for (let i = 0; i < rows.length; i += 5000) {
    out.push(
      ...(await db
        .insertInto('asset_products')
        .values(rows.slice(i, i + 5000).map((r) => ({ org_id: orgId, ...r, match_keys: matchKeysOf(r) })))
        .returningAll()
        .execute()),
    );
  }
  return out;
}

export async function deleteInventoryItem(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<AssetProductRow | undefined> {
  return db
    .deleteFrom('asset_products')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

// --- alerts ---

export async function insertAlerts(
  db: DbOrTrx,
  orgId: string,
  rows: Omit<AdvisoryAlertRow, 'org_id' | 'id' | 'created_at' | 'notification_id'>[],
): Promise<AdvisoryAlertRow[]> {
  if (rows.length === 0) return [];
  // The unique key (org, advisory, item) makes a repeated match a no-op: never a second alert.
  return db
    .insertInto('advisory_alerts')
    .values(rows.map((r) => ({ org_id: orgId, ...r })))
    .onConflict((oc) => oc.columns(['org_id', 'advisory_id', 'asset_product_id']).doNothing())
    .returningAll()
    .execute();
}

export async function setAlertNotification(db: DbOrTrx, orgId: string, ids: string[], notificationId: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('advisory_alerts')
    .set({ notification_id: notificationId })
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
}

export type AlertListRow = AdvisoryAlertRow & {
  asset_name: string;
  vendor: string | null;
  product: string | null;
  item_version: string | null;
  tracking_id: string;
  title: string;
  tlp: TlpLabel;
  /**
   * The advisory's vulnerabilities (with their remediations): on one row per advisory only, null on the
   * others — one query, and each advisory's facts read and sent once however many alerts it has.
   */
  vulnerabilities: AdvisoryFacts['vulnerabilities'] | null;
};

export async function listAlerts(db: DbOrTrx, orgId: string, advisoryId?: string): Promise<AlertListRow[]> {
  let q = db
    .selectFrom('advisory_alerts as l')
    .innerJoin('assets as s', (j) => j.onRef('s.org_id', '=', 'l.org_id').onRef('s.id', '=', 'l.asset_id'))
    .innerJoin('asset_products as p', (j) =>
      j.onRef('p.org_id', '=', 'l.org_id').onRef('p.id', '=', 'l.asset_product_id'),
    )
    .innerJoin('csaf_advisories as a', (j) =>
      j.onRef('a.org_id', '=', 'l.advisory_org_id').onRef('a.id', '=', 'l.advisory_id'),
    )
    .innerJoin('organisations as o', 'o.id', 'a.org_id')
    .selectAll('l')
    .select([
      's.name as asset_name',
      'p.vendor',
      'p.product',
      'p.version as item_version',
      'a.tracking_id',
      'a.title',
      'a.tlp',
      sql<AdvisoryFacts['vulnerabilities'] | null>`CASE WHEN row_number() OVER (
        PARTITION BY l.advisory_org_id, l.advisory_id) = 1 THEN a.facts->'vulnerabilities' END`.as('vulnerabilities'),
    ])
    .where('l.org_id', '=', orgId)
    // An advisory the organisation may no longer read (its label narrowed) no longer shows its alerts.
    .where(readableBy({ orgId, userId: null }));
  if (advisoryId) q = q.where('l.advisory_id', '=', advisoryId);
  return q.orderBy('l.created_at', 'desc').orderBy('s.name').execute();
}

/** Which organisations an advisory hits, with counts only: nothing else of their inventories. */
export async function listAffectedOrganisations(db: DbOrTrx, advisoryOrgId: string, advisoryId: string) {
  return db
    .selectFrom('advisory_alerts as l')
    .innerJoin('organisations as o', 'o.id', 'l.org_id')
    .select((eb) => [
      'o.id as org_id',
      'o.name',
      eb.fn.countAll<string>().as('alerts'),
      eb.fn.max<number>(eb.cast<number>('l.known_exploited', 'integer')).as('known_exploited'),
    ])
    .where('l.advisory_org_id', '=', advisoryOrgId)
    .where('l.advisory_id', '=', advisoryId)
    .groupBy(['o.id', 'o.name'])
    .orderBy('o.name')
    .execute();
}

/** Entity organisations: an authority advisory is matched against each of their inventories. */
export async function listEntityOrgIds(db: DbOrTrx): Promise<string[]> {
  const rows = await db.selectFrom('organisations').select('id').where('kind', '=', 'entity').execute();
  return rows.map((r) => r.id);
}

/** The name of the installation's (first) authority: the publisher in its provider metadata. */
export async function findAuthorityName(db: DbOrTrx): Promise<string | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('kind', '=', 'authority')
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.name;
}

/** The organisation the CLI imports into: the one named, or every authority (the caller wants exactly one). */
export async function findImportTargets(db: DbOrTrx, orgId: string | undefined) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind'])
    .where((eb) => (orgId ? eb('id', '=', orgId) : eb('kind', '=', 'authority')))
    .execute();
}

// The supplier register, the services each supplier supplies (assets of the shared graph) and the
// alternatives per dependency (migration 20261208_0200_continuity_bia_suppliers).
import { SUPPLIED_ASSET_TYPES, type SupplierQuery } from '@weerbaar/core/suppliers';
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type {
  SuppliedServiceRow,
  SupplierAlternativeRow,
  SupplierRow,
  SuppliersTable,
} from '../db/schema-continuity-bia.ts';
import type { AssetNodeRow } from './asset-graph.repository.ts';

export type SupplierFields = Partial<{
  [K in Exclude<keyof SuppliersTable, 'org_id' | 'id' | 'created_at' | 'updated_at'>]: SupplierRow[K];
}>;

export async function listSuppliers(db: DbOrTrx, orgId: string, query: SupplierQuery): Promise<SupplierRow[]> {
  let q = db.selectFrom('suppliers').selectAll().where('org_id', '=', orgId);
  if (query.q) q = q.where('name', 'ilike', `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (query.contractEndsBefore) q = q.where('contract_end_date', '<', query.contractEndsBefore);
  // Needs attention: never assessed, or the last assessment did not find the requirements met.
  if (query.needsAttention === true) {
    q = q.where((eb) => eb.or([eb('assessment_result', 'is', null), eb('assessment_result', '!=', 'meets')]));
  } else if (query.needsAttention === false) {
    q = q.where('assessment_result', '=', 'meets');
  }
  return q
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
}

export async function findSupplier(db: DbOrTrx, orgId: string, id: string): Promise<SupplierRow | undefined> {
  return db.selectFrom('suppliers').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Locks the supplier until the transaction ends (a change or removal against a link being made). */
export async function lockSupplier(db: DbOrTrx, orgId: string, id: string): Promise<SupplierRow | undefined> {
  return db
    .selectFrom('suppliers')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function findSupplierIdByName(db: DbOrTrx, orgId: string, name: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('suppliers')
    .select('id')
    .where('org_id', '=', orgId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
  return row?.id;
}

export async function insertSupplier(
  db: DbOrTrx,
  orgId: string,
  fields: SupplierFields & { name: string },
): Promise<SupplierRow> {
  return db
    .insertInto('suppliers')
    .values({ org_id: orgId, ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateSupplier(
  db: DbOrTrx,
  orgId: string,
  id: string,
  fields: SupplierFields,
  now: Date,
): Promise<SupplierRow> {
  return db
    .updateTable('suppliers')
    .set({ ...fields, updated_at: now })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Removes the supplier with its links and the alternatives that name it (foreign keys cascade). */
export async function deleteSupplier(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('suppliers').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export type SuppliedServiceWithAsset = SuppliedServiceRow & { asset: AssetNodeRow };

/** The services the given suppliers supply (all suppliers when `supplierIds` is undefined), by asset name. */
export async function listSuppliedServices(
  db: DbOrTrx,
  orgId: string,
  supplierIds?: readonly string[],
): Promise<SuppliedServiceWithAsset[]> {
  if (supplierIds?.length === 0) return [];
  let q = db
    .selectFrom('supplied_services as s')
    .innerJoin('assets as a', (join) => join.onRef('a.org_id', '=', 's.org_id').onRef('a.id', '=', 's.asset_id'))
    .selectAll('s')
    .select(['a.name', 'a.kind', 'a.crown_jewel', 'a.asset_type'])
    .where('s.org_id', '=', orgId);
  if (supplierIds) q = q.where('s.supplier_id', 'in', supplierIds);
  const rows = await q.orderBy('a.name').execute();
  return rows.map(({ name, kind, crown_jewel, asset_type, ...link }) => ({
    ...link,
    asset: { id: link.asset_id, name, kind, crown_jewel, asset_type },
  }));
}

export async function findSuppliedService(
  db: DbOrTrx,
  orgId: string,
  assetId: string,
): Promise<SuppliedServiceRow | undefined> {
  return db
    .selectFrom('supplied_services')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('asset_id', '=', assetId)
    .executeTakeFirst();
}

/** Links the asset to the supplier (a supplied asset has one supplier: a new link replaces the old). */
export async function upsertSuppliedService(
  db: DbOrTrx,
  row: { org_id: string; asset_id: string; supplier_id: string; recovery_time_hours: number | null },
  now: Date,
): Promise<SuppliedServiceRow> {
  return db
    .insertInto('supplied_services')
    .values({ ...row, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['org_id', 'asset_id']).doUpdateSet({
        supplier_id: row.supplier_id,
        recovery_time_hours: row.recovery_time_hours,
        updated_at: now,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteSuppliedService(db: DbOrTrx, orgId: string, assetId: string): Promise<void> {
  await db.deleteFrom('supplied_services').where('org_id', '=', orgId).where('asset_id', '=', assetId).execute();
}

/** Every supplied asset's supplier and recovery time (the graph's recovery facts). */
export async function listSupplierRecoveryTimes(
  db: DbOrTrx,
  orgId: string,
): Promise<{ asset_id: string; supplier_id: string; recovery_time_hours: number | null; supplier_name: string }[]> {
  return db
    .selectFrom('supplied_services as s')
    .innerJoin('suppliers as p', (join) => join.onRef('p.org_id', '=', 's.org_id').onRef('p.id', '=', 's.supplier_id'))
    .select(['s.asset_id', 's.supplier_id', 's.recovery_time_hours', 'p.name as supplier_name'])
    .where('s.org_id', '=', orgId)
    .execute();
}

export type AlternativeWithSupplier = SupplierAlternativeRow & { supplier_name: string };

/** Every identified alternative of the organisation, with the alternative supplier's name. */
export async function listAlternatives(db: DbOrTrx, orgId: string): Promise<AlternativeWithSupplier[]> {
  return db
    .selectFrom('supplier_alternatives as x')
    .innerJoin('suppliers as p', (join) =>
      join.onRef('p.org_id', '=', 'x.org_id').onRef('p.id', '=', 'x.alternative_supplier_id'),
    )
    .selectAll('x')
    .select('p.name as supplier_name')
    .where('x.org_id', '=', orgId)
    .execute();
}

export async function findAlternative(
  db: DbOrTrx,
  orgId: string,
  fromAssetId: string,
  toAssetId: string,
): Promise<SupplierAlternativeRow | undefined> {
  return db
    .selectFrom('supplier_alternatives')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('from_asset_id', '=', fromAssetId)
    .where('to_asset_id', '=', toAssetId)
    .executeTakeFirst();
}

export async function upsertAlternative(
  db: DbOrTrx,
  row: Omit<SupplierAlternativeRow, 'created_at' | 'updated_at'>,
  now: Date,
): Promise<SupplierAlternativeRow> {
  const { org_id: _o, from_asset_id: _f, to_asset_id: _t, ...changes } = row;
  return db
    .insertInto('supplier_alternatives')
    .values({ ...row, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['org_id', 'from_asset_id', 'to_asset_id']).doUpdateSet({ ...changes, updated_at: now }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteAlternative(
  db: DbOrTrx,
  orgId: string,
  fromAssetId: string,
  toAssetId: string,
): Promise<void> {
  await db
    .deleteFrom('supplier_alternatives')
    .where('org_id', '=', orgId)
    .where('from_asset_id', '=', fromAssetId)
    .where('to_asset_id', '=', toAssetId)
    .execute();
}

/** How many dependencies name each supplier as their alternative. */
export async function countAlternativesBySupplier(db: DbOrTrx, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('supplier_alternatives')
    .select(['alternative_supplier_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('org_id', '=', orgId)
    .groupBy('alternative_supplier_id')
    .execute();
  return new Map(rows.map((r) => [r.alternative_supplier_id, Number(r.n)]));
}

export interface SupplierDependencyRow {
  from: AssetNodeRow;
  to: AssetNodeRow;
  supplier_id: string | null;
  supplier_name: string | null;
  alternative: (SupplierAlternativeRow & { supplier_name: string }) | null;
}

/** Every dependency on a supplier's service or utility, with its supplier and alternative; by names. */
export async function listSupplierDependencies(
  db: DbOrTrx,
  orgId: string,
  filter: { hasAlternative?: boolean | undefined } = {},
): Promise<SupplierDependencyRow[]> {
  let q = db
    .selectFrom('asset_dependencies as d')
    .innerJoin('assets as f', (j) => j.onRef('f.org_id', '=', 'd.org_id').onRef('f.id', '=', 'd.from_asset_id'))
    .innerJoin('assets as t', (j) => j.onRef('t.org_id', '=', 'd.org_id').onRef('t.id', '=', 'd.to_asset_id'))
    .leftJoin('supplied_services as s', (j) => j.onRef('s.org_id', '=', 'd.org_id').onRef('s.asset_id', '=', 't.id'))
    .leftJoin('suppliers as p', (j) => j.onRef('p.org_id', '=', 's.org_id').onRef('p.id', '=', 's.supplier_id'))
    .leftJoin('supplier_alternatives as x', (j) =>
      j
        .onRef('x.org_id', '=', 'd.org_id')
        .onRef('x.from_asset_id', '=', 'd.from_asset_id')
        .onRef('x.to_asset_id', '=', 'd.to_asset_id'),
    )
    .leftJoin('suppliers as xp', (j) =>
      j.onRef('xp.org_id', '=', 'x.org_id').onRef('xp.id', '=', 'x.alternative_supplier_id'),
    )
    .select([
      'f.id as f_id',
      'f.name as f_name',
      'f.kind as f_kind',
      'f.crown_jewel as f_crown_jewel',
      'f.asset_type as f_asset_type',
      't.id as t_id',
      't.name as t_name',
      't.kind as t_kind',
      't.crown_jewel as t_crown_jewel',
      't.asset_type as t_asset_type',
      'p.id as supplier_id',
      'p.name as supplier_name',
      'x.alternative_supplier_id',
      'x.switch_over_hours',
      'x.note',
      'x.created_at as x_created_at',
      'x.updated_at as x_updated_at',
      'xp.name as alternative_name',
    ])
    .where('d.org_id', '=', orgId)
    .where('t.asset_type', 'in', SUPPLIED_ASSET_TYPES);
  if (filter.hasAlternative !== undefined) {
    q = q.where('x.alternative_supplier_id', filter.hasAlternative ? 'is not' : 'is', null);
  }
  const rows = await q.orderBy('t.name').orderBy('f.name').execute();
  return rows.map((r) => ({
    from: { id: r.f_id, name: r.f_name, kind: r.f_kind, crown_jewel: r.f_crown_jewel, asset_type: r.f_asset_type },
    to: { id: r.t_id, name: r.t_name, kind: r.t_kind, crown_jewel: r.t_crown_jewel, asset_type: r.t_asset_type },
    supplier_id: r.supplier_id,
    supplier_name: r.supplier_name,
    alternative:
      r.alternative_supplier_id === null
        ? null
        : {
            org_id: orgId,
            from_asset_id: r.f_id,
            to_asset_id: r.t_id,
            alternative_supplier_id: r.alternative_supplier_id,
            switch_over_hours: r.switch_over_hours,
            note: r.note,
            created_at: r.x_created_at!,
            updated_at: r.x_updated_at!,
            supplier_name: r.alternative_name!,
          },
  }));
}

/**
 * The bench's baseline: a plain SQL aggregate over the same edges — per supplier's service or utility, how many
 * critical services depend on it directly without an alternative. It knows no transitive dependencies.
 */
export async function directConcentrationBySql(
  db: DbOrTrx,
  orgId: string,
): Promise<{ asset_id: string; services: number }[]> {
  const r = await sql<{ asset_id: string; services: string }>`
    SELECT d.to_asset_id AS asset_id, count(*) AS services
    FROM asset_dependencies d
    JOIN assets t ON t.org_id = d.org_id AND t.id = d.to_asset_id AND t.asset_type IN ('supplier_service', 'utility')
    JOIN assets f ON f.org_id = d.org_id AND f.id = d.from_asset_id AND f.kind = 'service'
    LEFT JOIN supplier_alternatives x
      ON x.org_id = d.org_id AND x.from_asset_id = d.from_asset_id AND x.to_asset_id = d.to_asset_id
    WHERE d.org_id = ${orgId} AND x.org_id IS NULL
      AND (f.crown_jewel OR EXISTS (
        SELECT 1 FROM business_impact_analyses b WHERE b.org_id = f.org_id AND b.asset_id = f.id))
    GROUP BY d.to_asset_id
    HAVING count(*) >= 2
    ORDER BY count(*) DESC`.execute(db);
  return r.rows.map((x) => ({ asset_id: x.asset_id, services: Number(x.services) }));
}

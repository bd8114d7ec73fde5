// The business impact analysis per service or asset (migration 20261208_0200_continuity_bia_suppliers).
import type { DbOrTrx } from '../db/database.ts';
import type { BusinessImpactAnalysesTable, BusinessImpactRow } from '../db/schema-continuity-bia.ts';
import type { AssetNodeRow } from './asset-graph.repository.ts';

export async function findBusinessImpact(
  db: DbOrTrx,
  orgId: string,
  assetId: string,
): Promise<BusinessImpactRow | undefined> {
  return db
    .selectFrom('business_impact_analyses')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('asset_id', '=', assetId)
    .executeTakeFirst();
}

export type BusinessImpactFields = Omit<
  BusinessImpactAnalysesTable,
  'org_id' | 'asset_id' | 'created_at' | 'updated_at'
>;

/** Records (replaces) the analysis of one asset. */
export async function upsertBusinessImpact(
  db: DbOrTrx,
  orgId: string,
  assetId: string,
  fields: { [K in keyof BusinessImpactFields]: BusinessImpactRow[K] },
  now: Date,
): Promise<BusinessImpactRow> {
  return db
    .insertInto('business_impact_analyses')
    .values({ org_id: orgId, asset_id: assetId, ...fields, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['org_id', 'asset_id']).doUpdateSet({ ...fields, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Clears what only a service has (minimum service level, peak periods, physical-world effects) from an
 * analysis, when its service becomes a plain asset; the recovery objectives stay. The row as it is after, or
 * undefined when there was none.
 */
export async function clearServiceOnlyImpact(
  db: DbOrTrx,
  orgId: string,
  assetId: string,
  now: Date,
): Promise<BusinessImpactRow | undefined> {
  return db
    .updateTable('business_impact_analyses')
    .set({
      minimum_service_level: null,
      peak_periods: [],
      safety_effect: null,
      health_effect: null,
      environment_effect: null,
      physical_effects_description: null,
      updated_at: now,
    })
    .where('org_id', '=', orgId)
    .where('asset_id', '=', assetId)
    .returningAll()
    .executeTakeFirst();
}

/** Every asset's recorded recovery time objective (the graph's recovery facts). */
export async function listRecoveryObjectives(
  db: DbOrTrx,
  orgId: string,
): Promise<{ asset_id: string; rto_hours: number | null }[]> {
  return db
    .selectFrom('business_impact_analyses')
    .select(['asset_id', 'rto_hours'])
    .where('org_id', '=', orgId)
    .execute();
}

/** Every service with its MTPD and, when recorded, its analysis; by name. */
export async function listServicesWithImpact(
  db: DbOrTrx,
  orgId: string,
): Promise<
  (AssetNodeRow & {
    max_tolerable_downtime_hours: number | null;
    rto_hours: number | null;
    rpo_hours: number | null;
    bia_updated_at: Date | null;
  })[]
> {
  return db
    .selectFrom('assets as a')
    .leftJoin('business_impact_analyses as b', (join) =>
      join.onRef('b.org_id', '=', 'a.org_id').onRef('b.asset_id', '=', 'a.id'),
    )
    .select([
      'a.id',
      'a.name',
      'a.kind',
      'a.crown_jewel',
      'a.asset_type',
      'a.max_tolerable_downtime_hours',
      'b.rto_hours',
      'b.rpo_hours',
      'b.updated_at as bia_updated_at',
    ])
    .where('a.org_id', '=', orgId)
    .where('a.kind', '=', 'service')
    .orderBy('a.name')
    .execute();
}

/** The services that count as critical: crown jewels, or services with a business impact analysis. */
export async function listCriticalServices(
  db: DbOrTrx,
  orgId: string,
): Promise<{ id: string; max_tolerable_downtime_hours: number | null }[]> {
  return db
    .selectFrom('assets as a')
    .select(['a.id', 'a.max_tolerable_downtime_hours'])
    .where('a.org_id', '=', orgId)
    .where('a.kind', '=', 'service')
    .where((eb) =>
      eb.or([
        eb('a.crown_jewel', '=', true),
        eb.exists(
          eb
            .selectFrom('business_impact_analyses as b')
            .select('b.asset_id')
            .whereRef('b.org_id', '=', 'a.org_id')
            .whereRef('b.asset_id', '=', 'a.id'),
        ),
      ]),
    )
    .execute();
}

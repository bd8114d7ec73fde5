import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { RegistryEntityRow } from '../db/schema-delivery.ts';

export type RegistryEntityValues = Omit<RegistryEntityRow, 'org_id' | 'entity_id' | 'first_received_at'>;

/**
 * Keeps the newest registration per entity. Retries can arrive late, so a submission older than the stored one
 * (by the sender's submittedAt) never overwrites it.
 */
export async function upsertRegistryEntity(
  db: DbOrTrx,
  orgId: string,
  entityId: string,
  values: RegistryEntityValues,
): Promise<void> {
  await db
    .insertInto('registry_entities')
    .values({ org_id: orgId, entity_id: entityId, ...values, first_received_at: values.latest_received_at })
    .onConflict((oc) =>
      oc
        .columns(['org_id', 'entity_id'])
        .doUpdateSet(values)
        .where('registry_entities.latest_submitted_at', '<=', values.latest_submitted_at),
    )
    .execute();
}

export interface RegistryFilter {
  sector?: string;
  classification?: string;
  province?: string;
  q?: string;
}

function filtered(db: DbOrTrx, orgId: string, f: RegistryFilter) {
  let q = db.selectFrom('registry_entities').where('org_id', '=', orgId);
  if (f.sector) q = q.where(sql<boolean>`${f.sector} = ANY(sectors)`);
  // The Dutch classification decides; the EU one stands in where the Cbw outcome is not known.
  if (f.classification) q = q.where(sql<boolean>`coalesce(classification_nl, classification_eu) = ${f.classification}`);
  if (f.province) q = q.where('province', '=', f.province);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(name)`, 'like', like), eb('kvk_number', '=', f.q!)]));
  }
  return q;
}

export async function listRegistryEntities(
  db: DbOrTrx,
  orgId: string,
  f: RegistryFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: RegistryEntityRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, orgId, f)
      .selectAll()
      .orderBy(sql`lower(name)`)
      .orderBy('entity_id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, orgId, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** All matching rows in name order, in batches (for the CSV export). */
export async function* iterateRegistryEntities(
  db: DbOrTrx,
  orgId: string,
  f: RegistryFilter,
  batch = 500,
): AsyncGenerator<RegistryEntityRow> {
  for (let offset = 0; ; offset += batch) {
    const rows = await filtered(db, orgId, f)
      .selectAll()
      .orderBy(sql`lower(name)`)
      .orderBy('entity_id')
      .limit(batch)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < batch) return;
  }
}

export async function findRegistryEntity(
  db: DbOrTrx,
  orgId: string,
  entityId: string,
): Promise<RegistryEntityRow | undefined> {
  return db
    .selectFrom('registry_entities')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
}

/** Entities first registered since `since`, newest first, with how many there are. */
export async function listNewRegistryEntities(
  db: DbOrTrx,
  orgId: string,
  since: Date,
  limit: number,
): Promise<{ rows: RegistryEntityRow[]; total: number }> {
  const recent = db.selectFrom('registry_entities').where('org_id', '=', orgId).where('first_received_at', '>=', since);
  const [rows, count] = await Promise.all([
    recent.selectAll().orderBy('first_received_at', 'desc').orderBy('entity_id').limit(limit).execute(),
    recent.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

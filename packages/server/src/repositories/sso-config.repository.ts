import type { DbOrTrx } from '../db/database.ts';
import type { SsoConfigRow, SsoConfigsTable } from '../db/schema.ts';
import type { Insertable } from 'kysely';

export async function findSsoConfig(db: DbOrTrx, orgId: string): Promise<SsoConfigRow | undefined> {
  return db.selectFrom('sso_configs').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** The organisations whose switched-on sign-in accepts this e-mail domain (lower case). */
export async function findEnabledSsoConfigsByDomain(db: DbOrTrx, domain: string): Promise<SsoConfigRow[]> {
  return db
    .selectFrom('sso_configs')
    .selectAll()
    .where('enabled', '=', true)
    .where((eb) => eb(eb.val(domain), '=', eb.fn.any('allowed_domains')))
    .orderBy('org_id')
    .limit(2)
    .execute();
}

export async function upsertSsoConfig(
  db: DbOrTrx,
  config: Omit<Insertable<SsoConfigsTable>, 'updated_at'> & { updated_at: Date },
): Promise<SsoConfigRow> {
  const { org_id: _org, ...values } = config;
  return db
    .insertInto('sso_configs')
    .values(config)
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

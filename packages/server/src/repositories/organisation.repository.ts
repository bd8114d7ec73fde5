import type { DbOrTrx } from '../db/database.ts';
import type { OrganisationRow } from '../db/schema.ts';

export async function insertOrganisation(
  db: DbOrTrx,
  org: { kind: 'entity' | 'authority'; name: string; kvk_number?: string | null; sector?: string | null },
): Promise<OrganisationRow> {
  return db.insertInto('organisations').values(org).returningAll().executeTakeFirstOrThrow();
}

export async function findOrganisation(db: DbOrTrx, orgId: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirst();
}

export async function updateOrganisation(
  db: DbOrTrx,
  orgId: string,
  changes: { name?: string; kvk_number?: string | null; sector?: string | null; require_mfa_for_all?: boolean },
): Promise<OrganisationRow> {
  return db.updateTable('organisations').set(changes).where('id', '=', orgId).returningAll().executeTakeFirstOrThrow();
}

export async function findOrganisationByName(db: DbOrTrx, name: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst();
}

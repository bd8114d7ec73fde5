import type { DbOrTrx } from '../db/database.ts';
import type { IncidentSettingsRow } from '../db/schema-incidents.ts';

export async function findIncidentSettings(db: DbOrTrx, orgId: string): Promise<IncidentSettingsRow | undefined> {
  return db.selectFrom('incident_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function upsertIncidentSettings(
  db: DbOrTrx,
  orgId: string,
  values: {
    significance_entity_type: string;
    trust_service_provider: boolean;
    critical_entity: boolean;
    contact: { name: string; email: string; phone: string } | null;
    reminder_offsets_minutes: number[];
    webhook_url: string | null;
  },
): Promise<IncidentSettingsRow> {
  const row = { ...values, contact: values.contact ? JSON.stringify(values.contact) : null, updated_at: new Date() };
  return db
    .insertInto('incident_settings')
    .values({ org_id: orgId, ...row })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(row))
    .returningAll()
    .executeTakeFirstOrThrow();
}

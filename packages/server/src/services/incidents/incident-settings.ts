import {
  DEFAULT_REMINDER_OFFSETS_MINUTES,
  SignificanceEntityTypeSchema,
  type IncidentSettings,
} from '@weerbaar/core/incidents';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { IncidentSettingsRow } from '../../db/schema-incidents.ts';
import { findIncidentSettings } from '../../repositories/incident-settings.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';

export function presentIncidentSettings(row: IncidentSettingsRow | undefined): IncidentSettings {
  return {
    significanceEntityType: SignificanceEntityTypeSchema.catch('other').parse(row?.significance_entity_type ?? 'other'),
    trustServiceProvider: row?.trust_service_provider ?? false,
    criticalEntity: row?.critical_entity ?? false,
    contact: row?.contact ?? null,
    reminderOffsetsMinutes: row?.reminder_offsets_minutes ?? [...DEFAULT_REMINDER_OFFSETS_MINUTES],
    webhookUrl: row?.webhook_url ?? null,
  };
}

/** The organisation's settings; defaults until someone saves them. */
export async function loadIncidentSettings(db: DbOrTrx, orgId: string): Promise<IncidentSettings> {
  return presentIncidentSettings(await findIncidentSettings(db, orgId));
}

export async function getIncidentSettings(db: Db, ctx: OrgActor): Promise<IncidentSettings> {
  authorize(ctx, 'read', { type: 'incident', orgId: ctx.orgId }, 'Incident');
  return loadIncidentSettings(db, ctx.orgId);
}

import { DomainError } from '@weerbaar/core/platform';
import {
  DEFAULT_REMINDER_OFFSETS_MINUTES,
  SignificanceEntityTypeSchema,
  type IncidentSettings,
  type IncidentSettingsUpdateSchema,
} from '@weerbaar/core/incidents';
import type { z } from 'zod';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { IncidentSettingsRow } from '../../db/schema-incidents.ts';
import { findIncidentSettings, upsertIncidentSettings } from '../../repositories/incident-settings.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { refusedAuthorityUrl } from '../../adapters/guarded-http.ts';
import { rescheduleAllDeadlineReminders } from './deadline-reminders.ts';
import { webhookPolicy } from './reminder-webhook.ts';

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

export async function getIncidentSettings(db: Db, { orgId }: OrgActor): Promise<IncidentSettings> {
  return loadIncidentSettings(db, orgId);
}

export async function updateIncidentSettings(
  db: Db,
  ctx: OrgActor,
  input: z.output<typeof IncidentSettingsUpdateSchema>,
  now = new Date(),
): Promise<IncidentSettings> {
  if (input.webhookUrl) {
    const refused = await refusedAuthorityUrl(new URL(input.webhookUrl), webhookPolicy());
    if (refused) {
      throw new DomainError('validation_failed', `The webhook URL is refused: ${refused}`, [
        { name: 'body.webhookUrl', reason: refused },
      ]);
    }
  }
  return db.transaction().execute(async (trx) => {
    const before = await loadIncidentSettings(trx, ctx.orgId);
    const merged: IncidentSettings = {
      significanceEntityType: input.significanceEntityType ?? before.significanceEntityType,
      trustServiceProvider: input.trustServiceProvider ?? before.trustServiceProvider,
      criticalEntity: input.criticalEntity ?? before.criticalEntity,
      contact: input.contact !== undefined ? input.contact : before.contact,
      reminderOffsetsMinutes: input.reminderOffsetsMinutes ?? before.reminderOffsetsMinutes,
      webhookUrl: input.webhookUrl !== undefined ? input.webhookUrl : before.webhookUrl,
    };
    const row = await upsertIncidentSettings(trx, ctx.orgId, {
      significance_entity_type: merged.significanceEntityType,
      trust_service_provider: merged.trustServiceProvider,
      critical_entity: merged.criticalEntity,
      contact: merged.contact,
      reminder_offsets_minutes: merged.reminderOffsetsMinutes,
      webhook_url: merged.webhookUrl,
    });
    const after = presentIncidentSettings(row);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident-settings.updated',
      subjectType: 'incident-settings',
      subjectId: ctx.orgId,
      before,
      after,
    });
    // The 24 h notification of trust service providers and the reminder moments change every clock.
    await rescheduleAllDeadlineReminders(trx, ctx.orgId, now.getTime());
    return after;
  });
}

import type { IncidentSettings, IncidentSettingsUpdateSchema } from '@weerbaar/core/incidents';
import { DomainError } from '@weerbaar/core/platform';
import type { z } from 'zod';
import { upsertIncidentSettings } from '../../repositories/incident-settings.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { webhookPolicyOf } from '../../adapters/authority-policy.ts';
import { refusedAuthorityUrl } from '../../adapters/guarded-http.ts';
import { presentIncidentSettings } from './incident.presenter.ts';
import { loadIncidentSettings } from './incident-settings.ts';

type IncidentSettingsUpdate = z.output<typeof IncidentSettingsUpdateSchema>;

/**
 * Saves the organisation's incident settings (the webhook URL already checked). The 24 h notification of
 * trust service providers and the reminder moments change every clock: the incidents subscriber replans
 * the reminders. Not exported: only `updateIncidentSettings` may call it, after the address check.
 */
const saveIncidentSettings = defineUseCase({
  actions: ['incident-settings.updated'],
  async run({ trx, record }, ctx: OrgActor, input: IncidentSettingsUpdate): Promise<IncidentSettings> {
    authorize(ctx, 'write', { type: 'incident-settings', orgId: ctx.orgId }, 'Incident settings');
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
    await record(
      'incident-settings.updated',
      { subjectType: 'incident-settings', subjectId: ctx.orgId, before, after },
      {},
    );
    return after;
  },
});

/**
 * PATCH /incident-settings: the webhook address is checked first, OUTSIDE the use case's transaction,
 * because it may wait up to 2 s on DNS (guarded-http.ts) and must not hold a connection meanwhile; the
 * reminder webhook checks again at connect time.
 */
export async function updateIncidentSettings(
  deps: Deps,
  ctx: OrgActor,
  input: IncidentSettingsUpdate,
): Promise<IncidentSettings> {
  if (input.webhookUrl) {
    // A webhook goes to the organisation's own tools: no authority allow-list, but no internal hosts (SSRF).
    const refused = await refusedAuthorityUrl(new URL(input.webhookUrl), webhookPolicyOf(deps.config));
    if (refused) {
      throw new DomainError('validation_failed', `The webhook URL is refused: ${refused}`, [
        { name: 'body.webhookUrl', reason: refused, code: 'address_refused' },
      ]);
    }
  }
  return saveIncidentSettings(deps, ctx, input);
}

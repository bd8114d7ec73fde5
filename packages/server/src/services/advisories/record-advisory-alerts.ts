// "U bent geraakt": stores the alerts the matching found that are new, and tells the organisation — in
// the app (a notification), by mail (the outbox) and, when it set one up, by its webhook. Per advisory one
// notification naming the assets, the services that depend on them, the remediation and whether the
// vulnerability is known to be exploited (CISA KEV). A repeat finds every alert stored and stays silent.
import { defineUseCase } from '../../kernel/use-case.ts';
import type { Actor } from '../../kernel/actor.ts';
import { insertAlerts, setAlertNotification } from '../../repositories/advisory.repository.ts';
import { insertNotification, listMemberEmailsWithRoles } from '../../repositories/notification.repository.ts';
import { loadIncidentSettings } from '../incidents/incident-settings.ts';
import { reminderWebhookJob } from '../incidents/reminder-webhook.job.ts';
import { sendMail } from '../platform/send-mail.ts';
import type { AlertCandidate } from './advisory-matching.ts';

// Who acts on a vulnerability: the roles that may change assets (core roles.ts assets:write).
const ALERTED_ROLES = ['owner', 'admin', 'risk-manager', 'incident-handler'];

export interface RecordAlertsInput {
  orgId: string;
  alerts: AlertCandidate[];
  /** False for demo history: the alerts are stored, nobody is notified or mailed (default true). */
  notify?: boolean;
}

function describe(group: AlertCandidate[]): { title: string; body: string } {
  const first = group[0]!;
  const exploited = group.some((a) => a.knownExploited);
  const assets = [...new Set(group.map((a) => a.assetName))];
  const services = [...new Set(group.flatMap((a) => a.services))];
  const cves = [...new Set(group.flatMap((a) => a.cves))];
  const remediations = [...new Set(group.flatMap((a) => a.remediations))].slice(0, 3);
  const title = `U bent geraakt: ${first.title}${exploited ? ' (wordt actief misbruikt)' : ''}`;
  const lines = [
    `Advies ${first.trackingId} gaat over producten die u gebruikt.`,
    `Geraakte assets: ${assets.join(', ')}.`,
    services.length > 0
      ? `Diensten die hiervan afhangen: ${services.join(', ')}.`
      : 'Er hangen geen diensten van deze assets af.',
    `Kwetsbaarheden: ${cves.join(', ')}.`,
    exploited
      ? 'Let op: minstens één van deze kwetsbaarheden wordt actief misbruikt (CISA KEV).'
      : 'Er is geen actief misbruik bekend (CISA KEV).',
    ...(group.some((a) => !a.versionCertain)
      ? ['Niet zeker: de versie kon niet worden vergeleken. Controleer de versie.']
      : []),
    ...(remediations.length > 0 ? [`Wat u kunt doen: ${remediations.join(' ')}`] : []),
  ];
  return { title, body: lines.join('\n') };
}

export const recordAdvisoryAlerts = defineUseCase({
  actions: ['advisory.alerted'],
  async run({ trx, record, unchanged }, _ctx: Actor, input: RecordAlertsInput): Promise<{ alerted: number }> {
    const inserted = await insertAlerts(
      trx,
      input.orgId,
      input.alerts.map((a) => ({
        advisory_org_id: a.advisoryOrgId,
        advisory_id: a.advisoryId,
        asset_product_id: a.itemId,
        asset_id: a.assetId,
        product_ids: a.productIds,
        cves: a.cves,
        known_exploited: a.knownExploited,
        version_certain: a.versionCertain,
        matched_on: a.matchedOn,
      })),
    );
    if (inserted.length === 0) {
      unchanged();
      return { alerted: 0 };
    }
    const newItems = new Set(inserted.map((r) => `${r.advisory_id}:${r.asset_product_id}`));
    const byAdvisory = new Map<string, AlertCandidate[]>();
    for (const a of input.alerts) {
      if (!newItems.has(`${a.advisoryId}:${a.itemId}`)) continue;
      (byAdvisory.get(a.advisoryId) ?? byAdvisory.set(a.advisoryId, []).get(a.advisoryId)!).push(a);
    }
    const notify = input.notify ?? true;
    const emails = notify ? await listMemberEmailsWithRoles(trx, input.orgId, ALERTED_ROLES) : [];
    const { webhookUrl } = await loadIncidentSettings(trx, input.orgId);
    for (const [advisoryId, group] of byAdvisory) {
      const ids = inserted.filter((r) => r.advisory_id === advisoryId).map((r) => r.id);
      const { title, body } = describe(group);
      const link = `/advisories/${advisoryId}`;
      const notification =
        notify &&
        (await insertNotification(trx, {
          org_id: input.orgId,
          kind: 'advisory.alert',
          title,
          body,
          link,
          subject_type: 'advisory',
          subject_id: advisoryId,
          dedupe_key: `advisory.alert:${advisoryId}:${[...ids].sort()[0]}`,
        }));
      if (notification) {
        await setAlertNotification(trx, input.orgId, ids, notification.id);
        for (const to of emails) {
          await sendMail(trx, {
            to_address: to,
            subject: `[Weerbaar] ${title}`,
            body: `${body}\n\nOpen het advies: ${link}`,
          });
        }
        // The notification webhook the organisation set up (incident settings): it posts any notification.
        if (webhookUrl) {
          await reminderWebhookJob.enqueue(
            trx,
            { orgId: input.orgId, notificationId: notification.id },
            { orgId: input.orgId, dedupeKey: `${reminderWebhookJob.kind}:${notification.id}` },
          );
        }
      }
      await record(
        'advisory.alerted',
        { orgId: input.orgId, subjectType: 'advisory', subjectId: advisoryId, details: { alerts: ids.length } },
        { advisoryId, alertIds: ids },
      );
    }
    return { alerted: inserted.length };
  },
});

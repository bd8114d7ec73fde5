// Campaign detection on receipt (issue 15 item 2): every canonical indicator of a received incident report
// is indexed with its sender; an indicator that two or more DIFFERENT entities reported is a campaign, and
// the authority's analysts get an in-app notification. Runs as a subscriber of 'submission.received', in the
// intake's transaction: that event comes only the first time a submission id is received, and both the index
// (primary key per indicator and report) and the notification (dedupe key per campaign and number of
// entities) are idempotent besides, so a repeat never alerts twice. Reports of one entity, however many,
// never make a campaign: the count is of distinct senders.
import { createHash } from 'node:crypto';
import { CAMPAIGN_MIN_ENTITIES, indicatorsOfReport, type IndicatorKey } from '@weerbaar/core/campaigns';
import type { Trx } from '../../db/database.ts';
import {
  findCampaignsByDigest,
  indicatorsReportedByEntities,
  insertObservations,
  upsertCampaigns,
  type ObservationInsert,
} from '../../repositories/campaign.repository.ts';
import { insertNotifications } from '../../repositories/notification.repository.ts';
import type { DomainEvent } from '../../kernel/domain-events.ts';

type Received = DomainEvent<'submission.received'>;

/** The index key of a canonical indicator: its value may be longer than a btree entry, its digest never. */
export function indicatorDigest(key: IndicatorKey): string {
  return createHash('sha256').update(`${key.type}\u0000${key.value}`).digest('hex');
}

const TYPE_NL: Record<string, string> = {
  ipv4: 'IP-adres',
  ipv6: 'IP-adres',
  domain: 'domeinnaam',
  url: 'URL',
  md5: 'bestandshash',
  sha1: 'bestandshash',
  sha256: 'bestandshash',
  email: 'e-mailadres',
};

export async function detectCampaigns(trx: Trx, now: Date, batch: readonly Received[]): Promise<void> {
  const byAuthority = new Map<string, ObservationInsert[]>();
  for (const { orgId, data } of batch) {
    if (data.kind !== 'incident-report' || !orgId) continue;
    const content = (data.payload as { content?: unknown }).content;
    for (const key of indicatorsOfReport(content)) {
      const rows = byAuthority.get(orgId) ?? byAuthority.set(orgId, []).get(orgId)!;
      rows.push({
        org_id: orgId,
        indicator_digest: indicatorDigest(key),
        submission_id: data.submissionId,
        indicator_type: key.type,
        indicator_value: key.value,
        sender_org_id: data.sender.orgId,
        received_at: new Date(data.receivedAt),
      });
    }
  }
  for (const [orgId, rows] of byAuthority) {
    await insertObservations(trx, rows);
    const digests = [...new Set(rows.map((r) => r.indicator_digest))];
    const spreads = await indicatorsReportedByEntities(trx, orgId, digests, CAMPAIGN_MIN_ENTITIES);
    if (spreads.length === 0) continue;
    const before = new Map(
      (
        await findCampaignsByDigest(
          trx,
          orgId,
          spreads.map((s) => s.indicator_digest),
        )
      ).map((c) => [c.indicator_digest, c.entity_count]),
    );
    const alerts: Parameters<typeof insertNotifications>[1][number][] = [];
    for (const campaign of await upsertCampaigns(trx, orgId, spreads, now)) {
      const known = before.get(campaign.indicator_digest);
      // A new campaign, or one more entity hit by a known one: both are news to the analyst.
      if (known !== undefined && known >= campaign.entity_count) continue;
      const what = `${TYPE_NL[campaign.indicator_type] ?? 'indicator'} ${campaign.indicator_value}`;
      alerts.push({
        org_id: orgId,
        kind: 'campaign.detected',
        title:
          known === undefined
            ? `Mogelijke campagne: ${campaign.entity_count} organisaties melden ${what}`
            : `Campagne groeit: nu ${campaign.entity_count} organisaties melden ${what}`,
        body: `${campaign.entity_count} verschillende organisaties noemen ${what} in hun melding (${campaign.report_count} meldingen). Bekijk de gekoppelde meldingen en voeg ze samen tot een zaak.`,
        link: `/campaigns/${campaign.id}`,
        subject_type: 'campaign',
        subject_id: campaign.id,
        dedupe_key: `campaign.detected:${campaign.id}:${campaign.entity_count}`,
      });
    }
    // One statement for all alerts of the report, not one per campaign.
    await insertNotifications(trx, alerts);
  }
}

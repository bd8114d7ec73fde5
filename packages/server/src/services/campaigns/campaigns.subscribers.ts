// Authority side: received incident reports are indexed by indicator and compared across entities in the
// intake's own transaction (campaign-detection.ts). Registered after the inbox's subscriber, whose rows the
// index refers to.
import type { DomainEvents } from '../../kernel/domain-events.ts';
import { detectCampaigns } from './campaign-detection.ts';

export function registerCampaignSubscribers(events: DomainEvents): void {
  events.on('submission.received', 'campaigns.detect-across-entities', ({ trx, now }, received) =>
    detectCampaigns(trx, now, received),
  );
}

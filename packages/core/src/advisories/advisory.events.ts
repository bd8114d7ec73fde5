import { defineEvents, event } from '../platform/domain-event.ts';

// CSAF advisories and the product inventory on assets (issue 14 items 4 and 5).
export const ADVISORY_EVENTS = defineEvents({
  'advisory.imported': event<{ advisoryId: string; trackingId: string; replaced: boolean }>(),
  'advisory.published': event<{ advisoryId: string; trackingId: string }>(),
  'advisory.alerted': event<{ advisoryId: string; alertIds: string[] }>(),
  'advisory.passed-on': event<{ advisoryId: string; clientOrgIds: string[] }>(),
  'inventory.item-added': event<{ assetId: string; itemId: string }>(),
  'inventory.item-removed': event<{ assetId: string; itemId: string }>(),
  'inventory.imported': event<{ itemIds: string[]; format: string }>(),
});

import { defineEvents, event } from '../platform/domain-event.ts';

export const ASSET_EVENTS = defineEvents({
  'asset.created': event(),
  'asset.updated': event(),
});

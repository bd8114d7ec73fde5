import { defineEvents, event } from '../platform/domain-event.ts';

export const ASSET_EVENTS = defineEvents({
  'asset.created': event(),
  'asset.updated': event(),
  'asset.dependency-added': event<{ fromAssetId: string; toAssetId: string }>(),
  'asset.dependency-removed': event<{ fromAssetId: string; toAssetId: string }>(),
  'asset.external-dependant-added': event<{ assetId: string; dependantId: string }>(),
  'asset.external-dependant-updated': event<{ assetId: string; dependantId: string }>(),
  'asset.external-dependant-removed': event<{ assetId: string; dependantId: string }>(),
});

import { defineEvents, event } from '../platform/domain-event.ts';

// The supplier register and alternatives per dependency (NIS2 Art. 21(2)(d); CER Art. 13(1)(d)).
export const SUPPLIER_EVENTS = defineEvents({
  'supplier.created': event<{ supplierId: string }>(),
  'supplier.updated': event<{ supplierId: string }>(),
  'supplier.removed': event<{ supplierId: string }>(),
  'supplier.service-linked': event<{ supplierId: string; assetId: string }>(),
  'supplier.service-unlinked': event<{ supplierId: string; assetId: string }>(),
  'supplier.alternative-recorded': event<{ fromAssetId: string; toAssetId: string; supplierId: string }>(),
  'supplier.alternative-removed': event<{ fromAssetId: string; toAssetId: string }>(),
});

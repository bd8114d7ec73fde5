import { defineEvents, event } from '../platform/domain-event.ts';

export const SHARING_EVENTS = defineEvents({
  'sharing.community-created': event<{ communityId: string }>(),
  'sharing.community-member-added': event<{ communityId: string; memberOrgId: string }>(),
  'sharing.community-member-removed': event<{ communityId: string; memberOrgId: string }>(),
  /** A batch of STIX objects added to a community (bundle import, TAXII POST, shared observables). */
  'sharing.objects-added': event<{ communityId: string; objectIds: string[] }>(),
  'sharing.object-deleted': event<{ communityId: string; objectId: string }>(),
});

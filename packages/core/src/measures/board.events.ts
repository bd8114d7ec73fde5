import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of the board's part in the measures (NIS2 Art. 20; Cbw art. 24).
export const BOARD_EVENTS = defineEvents({
  'board.measures-approved': event<{ approvalId: string; version: number; changeCount: number }>(),
  'board.training-recorded': event<{ trainingId: string; expiresOn: string | null }>(),
  'board.training-removed': event<{ trainingId: string }>(),
  'board.training-expiring': event<{ trainingId: string; expiresOn: string }>(),
});

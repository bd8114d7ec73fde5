import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of critical roles and awareness (NIS2 Art. 21(2)(g); CER Art. 13(1)(e)-(f)).
export const CRITICAL_ROLE_EVENTS = defineEvents({
  'critical-role.created': event<{ roleId: string }>(),
  'critical-role.removed': event<{ roleId: string }>(),
  'critical-role.holder-added': event<{ roleId: string; holderId: string; deputy: boolean }>(),
  'critical-role.holder-removed': event<{ roleId: string; holderId: string }>(),
  'awareness-activity.created': event<{ activityId: string }>(),
  'awareness-activity.attendance-recorded': event<{ activityId: string; attendanceId: string }>(),
});

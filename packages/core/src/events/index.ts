// The closed set of audit actions and the typed facts of each domain event, joined from the areas'
// `<area>.events.ts` (import as '@weerbaar/core/events'). A top-level area: it imports every area's
// event list and nothing in core imports it. The audit trail's read side keeps `action` a string,
// because an append-only trail keeps action names this list may one day retire.
import { ADVISORY_EVENTS } from '../advisories/advisory.events.ts';
import { ASSET_EVENTS } from '../assets/asset.events.ts';
import { CONTINUITY_PLAN_EVENTS } from '../continuity/plan.events.ts';
import { CRITICAL_ROLE_EVENTS } from '../continuity/critical-role.events.ts';
import { EXERCISE_EVENTS } from '../continuity/exercise.events.ts';
import { EXERCISE_AGENDA_EVENTS } from '../exercise-agenda/exercise-agenda.events.ts';
import { DELIVERY_EVENTS } from '../delivery/delivery.events.ts';
import { INBOX_EVENTS } from '../inbox/inbox.events.ts';
import { INCIDENT_EVENTS } from '../incidents/incident.events.ts';
import { KNOWLEDGE_EVENTS } from '../knowledge/knowledge.events.ts';
import { BOARD_EVENTS } from '../measures/board.events.ts';
import { MEASURE_EVENTS } from '../measures/measure.events.ts';
import { MEASURE_CATALOGUE_EVENTS } from '../measures/measure-catalogue.events.ts';
import type { EventDataOf } from '../platform/domain-event.ts';
import { PLATFORM_EVENTS } from '../platform/platform.events.ts';
import { REGISTRATION_EVENTS } from '../registration/registration.events.ts';
import { RISK_EVENTS } from '../risk/risk.events.ts';
import { SCOPE_EVENTS } from '../scope/scope.events.ts';
import { SHARING_EVENTS } from '../sharing/sharing.events.ts';
import { BIA_EVENTS } from '../continuity/bia.events.ts';
import { CAMPAIGN_EVENTS } from '../campaigns/campaigns.events.ts';
import { SUPPLIER_EVENTS } from '../suppliers/supplier.events.ts';
import { SUPERVISION_EVENTS } from '../supervision/supervision.events.ts';
import { CRISIS_EVENTS } from '../crisis/crisis.events.ts';
import { CRISIS_REQUEST_EVENTS } from '../crisis/crisis-requests.events.ts';
import { TRENDS_EVENTS } from '../trends/trends.events.ts';

export const DOMAIN_EVENTS = {
  ...PLATFORM_EVENTS,
  ...SCOPE_EVENTS,
  ...REGISTRATION_EVENTS,
  ...DELIVERY_EVENTS,
  ...ASSET_EVENTS,
  ...INCIDENT_EVENTS,
  ...INBOX_EVENTS,
  ...RISK_EVENTS,
  ...MEASURE_EVENTS,
  ...BOARD_EVENTS,
  ...MEASURE_CATALOGUE_EVENTS,
  ...CONTINUITY_PLAN_EVENTS,
  ...CRITICAL_ROLE_EVENTS,
  ...EXERCISE_EVENTS,
  ...SHARING_EVENTS,
  ...TRENDS_EVENTS,
  ...BIA_EVENTS,
  ...SUPPLIER_EVENTS,
  ...ADVISORY_EVENTS,
  ...KNOWLEDGE_EVENTS,
  ...SUPERVISION_EVENTS,
  ...CRISIS_EVENTS,
  ...CRISIS_REQUEST_EVENTS,
  ...CAMPAIGN_EVENTS,
  ...EXERCISE_AGENDA_EVENTS,
};

export type AuditAction = keyof typeof DOMAIN_EVENTS;
/** The facts a domain event of this action carries. */
export type EventData<A extends AuditAction> = EventDataOf<(typeof DOMAIN_EVENTS)[A]>;

export const AUDIT_ACTIONS = Object.keys(DOMAIN_EVENTS) as AuditAction[];

import { describe, expect, it } from 'vitest';
import { ASSET_EVENTS } from '../../src/assets/asset.events.ts';
import { CRITICAL_ROLE_EVENTS } from '../../src/continuity/critical-role.events.ts';
import { EXERCISE_EVENTS } from '../../src/continuity/exercise.events.ts';
import { CONTINUITY_PLAN_EVENTS } from '../../src/continuity/plan.events.ts';
import { DELIVERY_EVENTS } from '../../src/delivery/delivery.events.ts';
import { AUDIT_ACTIONS } from '../../src/events/index.ts';
import { INBOX_EVENTS } from '../../src/inbox/inbox.events.ts';
import { INCIDENT_EVENTS } from '../../src/incidents/incident.events.ts';
import { PLATFORM_EVENTS } from '../../src/platform/platform.events.ts';
import { REGISTRATION_EVENTS } from '../../src/registration/registration.events.ts';
import { BOARD_EVENTS } from '../../src/measures/board.events.ts';
import { MEASURE_EVENTS } from '../../src/measures/measure.events.ts';
import { MEASURE_CATALOGUE_EVENTS } from '../../src/measures/measure-catalogue.events.ts';
import { RISK_EVENTS } from '../../src/risk/risk.events.ts';
import { SCOPE_EVENTS } from '../../src/scope/scope.events.ts';
import { BIA_EVENTS } from '../../src/continuity/bia.events.ts';
import { SUPPLIER_EVENTS } from '../../src/suppliers/supplier.events.ts';
import { SHARING_EVENTS } from '../../src/sharing/sharing.events.ts';
import { ADVISORY_EVENTS } from '../../src/advisories/advisory.events.ts';
import { KNOWLEDGE_EVENTS } from '../../src/knowledge/knowledge.events.ts';
import { SUPERVISION_EVENTS } from '../../src/supervision/supervision.events.ts';
import { TRENDS_EVENTS } from '../../src/trends/trends.events.ts';
import { CAMPAIGN_EVENTS } from '../../src/campaigns/campaigns.events.ts';
import { EXERCISE_AGENDA_EVENTS } from '../../src/exercise-agenda/exercise-agenda.events.ts';
import { CRISIS_EVENTS } from '../../src/crisis/crisis.events.ts';
import { CRISIS_REQUEST_EVENTS } from '../../src/crisis/crisis-requests.events.ts';

describe('the closed set of audit actions', () => {
  it('has no action declared by two areas (a later spread would silently win)', () => {
    const declared = [
      PLATFORM_EVENTS,
      SCOPE_EVENTS,
      REGISTRATION_EVENTS,
      DELIVERY_EVENTS,
      ASSET_EVENTS,
      INCIDENT_EVENTS,
      INBOX_EVENTS,
      RISK_EVENTS,
      MEASURE_EVENTS,
      BOARD_EVENTS,
      MEASURE_CATALOGUE_EVENTS,
      CRITICAL_ROLE_EVENTS,
      EXERCISE_EVENTS,
      BIA_EVENTS,
      SUPPLIER_EVENTS,
      CONTINUITY_PLAN_EVENTS,
      SHARING_EVENTS,
      ADVISORY_EVENTS,
      KNOWLEDGE_EVENTS,
      SUPERVISION_EVENTS,
      TRENDS_EVENTS,
      CAMPAIGN_EVENTS,
      EXERCISE_AGENDA_EVENTS,
      CRISIS_EVENTS,
      CRISIS_REQUEST_EVENTS,
    ].flatMap((events) => Object.keys(events));
    expect(declared.length).toBe(new Set(declared).size);
    expect(AUDIT_ACTIONS.length).toBe(declared.length);
  });

  it('names every action <subject>.<verb> in kebab case', () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
  });
});

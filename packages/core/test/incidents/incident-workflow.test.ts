import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedNextStatuses,
  canTransition,
  INCIDENT_STATUSES,
  isOpenStatus,
  transitionEffects,
  type IncidentStatus,
} from '../../src/incidents/index.ts';

describe('incident status workflow', () => {
  it.each<[IncidentStatus, IncidentStatus, boolean]>([
    ['new', 'triage', true],
    ['triage', 'containment', true],
    ['containment', 'eradication', true],
    ['eradication', 'recovery', true],
    ['recovery', 'closed', true],
    ['closed', 'post_incident_review', true],
    ['triage', 'closed', true], // not an incident after all
    ['recovery', 'containment', true], // reinfection
    ['closed', 'triage', true], // reopened
    ['new', 'recovery', false],
    ['triage', 'eradication', false],
    ['post_incident_review', 'triage', false],
    ['containment', 'containment', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('reaches every status from new, and the review from every status', () => {
    const reachable = (start: IncidentStatus) => {
      const seen = new Set<IncidentStatus>([start]);
      const queue = [start];
      while (queue.length) {
        for (const next of allowedNextStatuses(queue.shift()!)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      return seen;
    };
    expect([...reachable('new')].sort()).toEqual([...INCIDENT_STATUSES].sort());
    for (const s of INCIDENT_STATUSES) expect(reachable(s).has('post_incident_review')).toBe(true);
  });

  it('never allows staying in place', () => {
    fc.assert(fc.property(fc.constantFrom(...INCIDENT_STATUSES), (s) => !canTransition(s, s)));
  });

  it('records containment when leaving containment and resolution when closing; reopening clears resolution', () => {
    expect(transitionEffects('containment', 'eradication')).toEqual({ set: ['containedAt'], clear: [] });
    expect(transitionEffects('recovery', 'closed')).toEqual({ set: ['resolvedAt'], clear: [] });
    expect(transitionEffects('closed', 'triage')).toEqual({ set: [], clear: ['resolvedAt'] });
    expect(transitionEffects('post_incident_review', 'closed')).toEqual({ set: [], clear: [] });
    expect(isOpenStatus('recovery')).toBe(true);
    expect(isOpenStatus('closed')).toBe(false);
  });
});

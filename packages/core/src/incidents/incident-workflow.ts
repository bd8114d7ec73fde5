// The handling workflow of an incident (NIS2 Art. 21(2)(b) incident handling; the phases follow
// NIST SP 800-61 and ISO/IEC 27035: triage, containment, eradication, recovery, lessons learned).
// Pure: which status may follow which, and which handling times a transition records.
import { z } from 'zod';

export const INCIDENT_STATUSES = [
  'new',
  'triage',
  'containment',
  'eradication',
  'recovery',
  'closed',
  'post_incident_review',
] as const;
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

// Forward along the phases; the few ways back are the ones practice needs: a reinfection during
// eradication or recovery sends the incident back to containment, and a closed incident can be
// reopened. Triage may close at once: not an incident, or a false positive.
const ALLOWED: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  new: ['triage', 'closed'],
  triage: ['containment', 'closed'],
  containment: ['eradication', 'closed'],
  eradication: ['recovery', 'containment'],
  recovery: ['closed', 'containment'],
  closed: ['post_incident_review', 'triage'],
  post_incident_review: ['closed'],
};

export function allowedNextStatuses(from: IncidentStatus): readonly IncidentStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Statuses in which the incident still needs handling; closed ones only await their review. */
export function isOpenStatus(status: IncidentStatus): boolean {
  return status !== 'closed' && status !== 'post_incident_review';
}

export type HandlingTime = 'containedAt' | 'resolvedAt';

/**
 * The handling times a transition fills in (when still empty) or clears. Leaving containment means the
 * incident is contained; closing means it is handled — the moment NIS2 Art. 23(4)(e) counts the final
 * report from after a progress report. Reopening makes it unhandled again.
 */
export function transitionEffects(
  from: IncidentStatus,
  to: IncidentStatus,
): { set: HandlingTime[]; clear: HandlingTime[] } {
  const set: HandlingTime[] = [];
  if (from === 'containment' && (to === 'eradication' || to === 'closed')) set.push('containedAt');
  if (to === 'closed' && from !== 'post_incident_review') set.push('resolvedAt');
  return { set, clear: from === 'closed' && to === 'triage' ? ['resolvedAt'] : [] };
}

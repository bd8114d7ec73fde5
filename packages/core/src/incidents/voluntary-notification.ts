// When a voluntary notification ("vrijwillige melding", NIS2 Art. 30; Cbw art. 33) can be sent for an
// incident of the register. Reference: nis2-cer-reference.md §4.4.
import type { SIGNIFICANCE_DECISIONS } from './incident.contracts.ts';

export type VoluntaryAvailability = { allowed: true } | { allowed: false; reason: string };

/**
 * NIS2 Art. 30(1) allows voluntary notifications "in addition to" the Art. 23 duty: of incidents, cyber
 * threats and near misses, by any entity in or out of scope. So it is available while no significance
 * decision was made and after a `not_significant` one. Once the incident is decided significant under
 * NIS2 the Art. 23(4) stages are owed and are how it is reported: a voluntary notification about the same
 * incident would be a second, unclocked report that the authority may rank below mandatory ones
 * (Art. 30(2)) and that could be taken for the early warning it does not replace. A CER-only decision
 * (CER Art. 15) does not close it: that track has no NIS2 route for the cyber side.
 */
export function voluntaryNotificationAvailability(
  nis2Outcome: (typeof SIGNIFICANCE_DECISIONS)[number] | 'undecided',
): VoluntaryAvailability {
  if (nis2Outcome === 'significant') {
    return {
      allowed: false,
      reason:
        'the incident is decided significant: report it with the mandatory stages (NIS2 Art. 23(4)), not voluntarily (Art. 30)',
    };
  }
  return { allowed: true };
}

import type { ShareObservables, TlpLabel } from '@weerbaar/core/sharing';

export interface ShareChoice {
  communityId: string;
  tlp: TlpLabel;
  /** Ticked people (user ids); only TLP:RED names people. */
  people: readonly string[];
}

/**
 * The request body of "Deel indicatoren", or the field that is missing. TLP:RED goes to named people only
 * (TLP 2.0: "for the eyes and ears of individual recipients only"), so it needs at least one; other labels
 * name nobody, and people ticked before switching away from RED are not sent.
 */
export function shareBody(
  choice: ShareChoice,
): { body: ShareObservables; missing?: undefined } | { body?: undefined; missing: 'communityId' | 'recipientUserIds' } {
  if (!choice.communityId) return { missing: 'communityId' };
  if (choice.tlp !== 'RED') return { body: { communityId: choice.communityId, tlp: choice.tlp } };
  if (choice.people.length === 0) return { missing: 'recipientUserIds' };
  return { body: { communityId: choice.communityId, tlp: 'RED', recipientUserIds: [...choice.people] } };
}

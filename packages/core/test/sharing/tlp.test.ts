import { describe, expect, it } from 'vitest';
import {
  TLP1_LABELS,
  TLP_LABELS,
  isAtLeastAsStrict,
  stricterTlp,
  tlpFromVersion1,
  tlpToVersion1,
} from '../../src/sharing/tlp.ts';

describe('TLP 2.0', () => {
  it('orders labels from the widest to the narrowest audience', () => {
    expect(isAtLeastAsStrict('RED', 'AMBER')).toBe(true);
    expect(isAtLeastAsStrict('GREEN', 'AMBER')).toBe(false);
    expect(isAtLeastAsStrict('AMBER+STRICT', 'AMBER')).toBe(true);
    expect(stricterTlp('GREEN', 'AMBER+STRICT')).toBe('AMBER+STRICT');
    expect(stricterTlp('RED', 'CLEAR')).toBe('RED');
  });

  it('maps CSAF TLP 1.0 labels and back without ever widening the audience', () => {
    expect(tlpFromVersion1('WHITE')).toBe('CLEAR');
    expect(tlpToVersion1('CLEAR')).toBe('WHITE');
    expect(tlpToVersion1('AMBER+STRICT')).toBe('RED');
    for (const label of TLP_LABELS) {
      expect(isAtLeastAsStrict(tlpFromVersion1(tlpToVersion1(label)), label)).toBe(true);
    }
    for (const label of TLP1_LABELS) expect(tlpToVersion1(tlpFromVersion1(label))).toBe(label);
  });
});

describe('TLP in STIX markings', () => {
  it('reads TLP 2.0 and TLP 1.0 marking ids, the strictest of several, and nothing from other markings', async () => {
    const { TLP_STIX_MARKING_IDS, TLP1_STIX_MARKING_IDS, tlpOfMarkingRefs } = await import('../../src/sharing/tlp.ts');
    expect(tlpOfMarkingRefs([TLP_STIX_MARKING_IDS['AMBER+STRICT']])).toBe('AMBER+STRICT');
    expect(tlpOfMarkingRefs([TLP1_STIX_MARKING_IDS.WHITE])).toBe('CLEAR');
    expect(tlpOfMarkingRefs([TLP_STIX_MARKING_IDS.GREEN, TLP1_STIX_MARKING_IDS.RED])).toBe('RED');
    expect(tlpOfMarkingRefs(['marking-definition--00000000-0000-4000-8000-000000000000'])).toBeUndefined();
    expect(tlpOfMarkingRefs(undefined)).toBeUndefined();
  });
});

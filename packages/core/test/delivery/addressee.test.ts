import { describe, expect, it } from 'vitest';
import { addresseeRefusal, resolveAddressee, withSectorCsirtCopy } from '../../src/delivery/addressee.ts';

describe('addressee: who a delivery is meant for', () => {
  it('resolves the competent authority from the registration’s sectors (Cbw art. 15(1)), de-duplicated', () => {
    // I.5.1 healthcare provider (Health → VWS); I.1.a.1 electricity (Energy → KGG).
    expect(resolveAddressee('competent_authority', ['I.5.1', 'I.1.a.1', 'I.5.1'])).toEqual({
      recipient: 'competent_authority',
      sectors: ['Health', 'Energy'],
      competentAuthorities: ['Minister van Volksgezondheid, Welzijn en Sport', 'Minister van Klimaat en Groene Groei'],
    });
    expect(resolveAddressee('csirt', [])).toEqual({ recipient: 'csirt', sectors: [], competentAuthorities: [] });
  });

  it('refuses only at an installation whose kinds do not include the addressed role', () => {
    const ca = resolveAddressee('competent_authority', ['I.5.1']);
    expect(addresseeRefusal(ca, ['csirt'])).toMatch(/not a competent authority.*Volksgezondheid/);
    expect(addresseeRefusal(ca, ['competent-authority', 'supervisor'])).toBeNull();
    expect(addresseeRefusal(resolveAddressee('sector_csirt', []), ['csirt'])).toBeNull();
    expect(addresseeRefusal(resolveAddressee('csirt', []), ['supervisor'])).toMatch(/not a CSIRT/);
    // No kinds said, or a sender that predates addressees: received as before.
    expect(addresseeRefusal(ca, [])).toBeNull();
    expect(addresseeRefusal(undefined, ['csirt'])).toBeNull();
  });

  it('adds the sector CSIRT copy only when chosen and only to what goes to the CSIRT', () => {
    expect(withSectorCsirtCopy(['csirt', 'competent_authority'], true)).toEqual([
      'csirt',
      'competent_authority',
      'sector_csirt',
    ]);
    expect(withSectorCsirtCopy(['csirt', 'competent_authority'], false)).toEqual(['csirt', 'competent_authority']);
    expect(withSectorCsirtCopy(['competent_authority'], true)).toEqual(['competent_authority']);
  });
});

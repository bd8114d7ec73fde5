import { describe, expect, it } from 'vitest';
import { addresseeRefusal, resolveAddressee, withSectorCsirtCopies } from '../../src/delivery/addressee.ts';

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

  it('refuses a report for another competent authority by name (Cbw art. 15), only where names are set', () => {
    const VWS = 'Minister van Volksgezondheid, Welzijn en Sport';
    const IENW = 'Minister van Infrastructuur en Waterstaat';
    const health = resolveAddressee('competent_authority', ['I.5.1']);
    const kinds = ['competent-authority'];
    // Acting for another minister: refused, naming the one the report is meant for and the ones acted for.
    const refusal = addresseeRefusal(health, kinds, [IENW]);
    expect(refusal).toContain(`meant for the competent authority ${VWS}`);
    expect(refusal).toContain(`acts for ${IENW}`);
    // Acting for it (written with other case and spacing) or among others: received.
    expect(addresseeRefusal(health, kinds, [IENW, '  minister van volksgezondheid,  welzijn en sport '])).toBeNull();
    // Two sectors of two ministers, one competent-authority target: an intake of either is the entity's own.
    expect(addresseeRefusal(resolveAddressee('competent_authority', ['I.5.1', 'I.2.a.1']), kinds, [IENW])).toBeNull();
    // Nothing set, no name addressed, or not for the competent authority: the name is not checked.
    expect(addresseeRefusal(health, kinds, [])).toBeNull();
    expect(addresseeRefusal(health, [])).toBeNull();
    expect(addresseeRefusal(resolveAddressee('competent_authority', []), kinds, [IENW])).toBeNull();
    expect(addresseeRefusal(resolveAddressee('csirt', ['I.5.1']), ['csirt'], [IENW])).toBeNull();
    // The role is checked first: a CSIRT-only intake refuses for its kind whatever it acts for.
    expect(addresseeRefusal(health, ['csirt'], [VWS])).toMatch(/not a competent authority/);
  });

  it('adds each chosen sector CSIRT copy, in slot order, only to what goes to the CSIRT', () => {
    const both = ['csirt', 'competent_authority'] as const;
    expect(withSectorCsirtCopies(both, ['sector_csirt'])).toEqual(['csirt', 'competent_authority', 'sector_csirt']);
    // Two copies (e.g. Z-CERT and a second sector CSIRT); the legal recipients' targets are not copies.
    expect(withSectorCsirtCopies(both, ['sector_csirt_2', 'csirt', 'competent_authority', 'sector_csirt'])).toEqual([
      'csirt',
      'competent_authority',
      'sector_csirt',
      'sector_csirt_2',
    ]);
    expect(withSectorCsirtCopies(both, [])).toEqual(['csirt', 'competent_authority']);
    expect(withSectorCsirtCopies(['competent_authority'], ['sector_csirt', 'sector_csirt_2'])).toEqual([
      'competent_authority',
    ]);
  });

  it('addresses every copy slot in the role of a sector CSIRT (the slot does not travel)', () => {
    expect(resolveAddressee('sector_csirt_3', ['I.5.1'])).toMatchObject({ recipient: 'sector_csirt' });
    expect(addresseeRefusal(resolveAddressee('sector_csirt_2', []), ['csirt'])).toBeNull();
    expect(addresseeRefusal(resolveAddressee('sector_csirt_2', []), ['supervisor'])).toMatch(/not a CSIRT/);
  });
});

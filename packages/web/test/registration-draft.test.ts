import type { RegistrationState } from '@weerbaar/core/registration';
import { describe, expect, it } from 'vitest';
import { draftFrom, emptyAddress, fieldId, inputFrom } from '../src/routes/registration/registration-draft.ts';

const state = (over: Partial<RegistrationState>): RegistrationState =>
  ({
    current: null,
    prefill: { name: null, kvkNumber: null, classification: null, entityTypes: [] },
    submittedVersion: null,
    changeDeadlines: [],
    enisaRegistry: false,
    latestSubmission: null,
    ...over,
  }) as RegistrationState;

describe('draftFrom', () => {
  it('starts a fresh form from what Weerbaar already knows', () => {
    const draft = draftFrom(
      state({
        prefill: {
          name: 'Water BV',
          kvkNumber: '12345678',
          classification: { eu: 'essential', nl: null },
          entityTypes: ['I.6.1'],
        },
      }),
    );
    expect(draft).toMatchObject({
      name: 'Water BV',
      kvkNumber: '12345678',
      entityTypes: ['I.6.1'],
      memberStates: ['NL'],
      classificationEu: 'essential',
      classificationNl: '',
      addresses: [emptyAddress()],
    });
    expect(draft.contacts).toHaveLength(1);
  });

  it('a fresh form without prefill is empty', () => {
    expect(draftFrom(state({}))).toMatchObject({ name: '', kvkNumber: '', classificationEu: '', classificationNl: '' });
  });
});

describe('inputFrom', () => {
  const draft = {
    ...draftFrom(state({})),
    name: 'Water BV',
    addresses: [{ ...emptyAddress(), street: 'Dam', houseNumberAddition: '  ', province: '' }],
    publicIpRanges: ' 192.0.2.0/24 \n\n2001:db8::/32\n',
    infoSharingArrangements: [{ name: 'ISAC', joinedOn: '2024-01-01', leftOn: ' ' }],
  };

  it('turns the form strings into the contract: trimmed lines, blanks as absent', () => {
    const input = inputFrom(draft);
    expect(input.publicIpRanges).toEqual(['192.0.2.0/24', '2001:db8::/32']);
    expect(input.addresses[0]).toMatchObject({ street: 'Dam', houseNumberAddition: undefined, province: undefined });
    expect(input.infoSharingArrangements).toEqual([{ name: 'ISAC', joinedOn: '2024-01-01', leftOn: undefined }]);
  });

  it.each([
    ['', '', null],
    ['essential', '', { eu: 'essential', nl: null }],
    ['', 'important', { eu: null, nl: 'important' }],
  ] as const)('classification eu=%j nl=%j → %j', (eu, nl, expected) => {
    expect(inputFrom({ ...draft, classificationEu: eu, classificationNl: nl }).classification).toEqual(expected);
  });

  it('round-trips a saved version', () => {
    const input = inputFrom(draft);
    const saved = state({ current: { version: 1, data: input } as unknown as RegistrationState['current'] });
    expect(inputFrom(draftFrom(saved))).toEqual(input);
  });
});

describe('fieldId', () => {
  it.each([
    ['name', 'reg-name'],
    ['addresses.0.postcode', 'reg-addresses-0-postcode'],
  ])('%s → %s', (path, id) => {
    expect(fieldId(path)).toBe(id);
  });
});

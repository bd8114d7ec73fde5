import type { Classification } from '@weerbaar/core/scope';
import type { AddressType, ContactRole, RegistrationInput, RegistrationState } from '@weerbaar/core/registration';

// The form keeps plain strings (what inputs hold) and turns them into the API contract on save.

export interface AddressDraft {
  type: AddressType;
  street: string;
  houseNumber: string;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  country: string;
  province: string;
}

export interface ContactDraft {
  role: ContactRole;
  name: string;
  email: string;
  phone: string;
}

export interface ArrangementDraft {
  name: string;
  joinedOn: string;
  leftOn: string;
}

export interface RegistrationDraft {
  name: string;
  kvkNumber: string;
  addresses: AddressDraft[];
  contacts: ContactDraft[];
  entityTypes: string[];
  memberStates: string[];
  /** One CIDR block a line. */
  publicIpRanges: string;
  infoSharingArrangements: ArrangementDraft[];
  classificationEu: '' | Classification;
  classificationNl: '' | Classification;
}

export const emptyAddress = (type: AddressType = 'main'): AddressDraft => ({
  type,
  street: '',
  houseNumber: '',
  houseNumberAddition: '',
  postcode: '',
  city: '',
  country: 'NL',
  province: '',
});

export const emptyContact = (): ContactDraft => ({ role: 'general', name: '', email: '', phone: '' });

/** The saved version, or a fresh form started from what Weerbaar already knows. */
export function draftFrom(state: RegistrationState): RegistrationDraft {
  const data = state.current?.data;
  if (!data) {
    return {
      name: state.prefill.name ?? '',
      kvkNumber: state.prefill.kvkNumber ?? '',
      addresses: [emptyAddress()],
      contacts: [emptyContact()],
      entityTypes: state.prefill.entityTypes,
      memberStates: ['NL'],
      publicIpRanges: '',
      infoSharingArrangements: [],
      classificationEu: state.prefill.classification?.eu ?? '',
      classificationNl: state.prefill.classification?.nl ?? '',
    };
  }
  return {
    name: data.name,
    kvkNumber: data.kvkNumber,
    addresses: data.addresses.map((a) => ({
      ...emptyAddress(a.type),
      ...a,
      houseNumberAddition: a.houseNumberAddition ?? '',
      province: a.province ?? '',
    })),
    contacts: data.contacts.map((c) => ({ ...c })),
    entityTypes: [...data.entityTypes],
    memberStates: [...data.memberStates],
    publicIpRanges: data.publicIpRanges.join('\n'),
    infoSharingArrangements: data.infoSharingArrangements.map((a) => ({ ...a, leftOn: a.leftOn ?? '' })),
    classificationEu: data.classification?.eu ?? '',
    classificationNl: data.classification?.nl ?? '',
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function inputFrom(d: RegistrationDraft): RegistrationInput {
  const classification =
    d.classificationEu || d.classificationNl
      ? { eu: d.classificationEu || null, nl: d.classificationNl || null }
      : null;
  return {
    name: d.name,
    kvkNumber: d.kvkNumber,
    addresses: d.addresses.map((a) => ({
      type: a.type,
      street: a.street,
      houseNumber: a.houseNumber,
      houseNumberAddition: optional(a.houseNumberAddition),
      postcode: a.postcode,
      city: a.city,
      country: a.country as RegistrationInput['addresses'][number]['country'],
      province: (optional(a.province) as RegistrationInput['addresses'][number]['province']) ?? undefined,
    })),
    contacts: d.contacts.map((c) => ({ ...c })),
    entityTypes: d.entityTypes,
    memberStates: d.memberStates as RegistrationInput['memberStates'],
    publicIpRanges: d.publicIpRanges
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    infoSharingArrangements: d.infoSharingArrangements.map((a) => ({
      name: a.name,
      joinedOn: a.joinedOn,
      leftOn: optional(a.leftOn),
    })),
    classification,
  };
}

/** Input ids follow the field's path, so an error from the server finds its field: addresses.0.postcode → reg-addresses-0-postcode. */
export const fieldId = (path: string): string => `reg-${path.replaceAll('.', '-')}`;

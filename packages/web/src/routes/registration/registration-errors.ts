import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client.ts';
import type { FormErrors } from '../../forms/form-errors.ts';
import { problemMessage } from '../../forms/form-errors.ts';
import { translateIssue, translateReason, type IssueLike } from '../../forms/messages.ts';
import { fieldId } from './registration-draft.ts';

// The contracts in core explain in English; the form speaks Dutch (B1). Reasons of the registration's own
// checks get their own sentence; everything else goes through the app's general translations.
function registrationReason(reason: string, t: TFunction): string | undefined {
  const hostBits = /host bits are set; the network is (\S+)/.exec(reason);
  if (hostBits) return t('registration.errors.cidrHostBits', { network: hostBits[1] });
  if (/not a public range/.test(reason)) return t('registration.errors.cidrNotPublic');
  if (/CIDR block|not a valid IPv|prefix length/.test(reason)) return t('registration.errors.cidr');
  if (/listed twice/.test(reason)) return t('registration.errors.duplicate');
  if (/8 digits/.test(reason)) return t('registration.errors.kvk');
  if (/Dutch postcode/.test(reason)) return t('registration.errors.postcode');
  if (/phone number/.test(reason)) return t('registration.errors.phone');
  if (/house number/.test(reason)) return t('registration.errors.houseNumber');
  if (/main establishment/.test(reason)) return t('registration.errors.mainAddress');
  if (/required for an address in the Netherlands/.test(reason)) return t('registration.errors.province');
  if (/at least one type/.test(reason)) return t('registration.errors.entityTypes');
  if (/at least one Member State/.test(reason)) return t('registration.errors.memberStates');
  return undefined;
}

export function errorsFromIssues(issues: readonly IssueLike[], t: TFunction): FormErrors {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'form';
    fields[path] ??= registrationReason(issue.message, t) ?? translateIssue(issue, t);
  }
  return { fields };
}

export function errorsFromApi(error: unknown, t: TFunction): FormErrors {
  const params = isApiError(error) ? (error.problem.invalidParams ?? []) : [];
  const fields: Record<string, string> = {};
  for (const { name, reason } of params) {
    fields[name.replace(/^body\./, '')] ??= registrationReason(reason, t) ?? translateReason(reason, t);
  }
  return Object.keys(fields).length > 0 ? { fields } : { fields, form: problemMessage(error, t) };
}

/** The input an error path belongs to, and how the error summary names it. */
export function fieldFor(path: string, t: TFunction, ipRanges: readonly string[]): { id: string; label: string } {
  const parts = path.split('.');
  const [head, index, leaf] = parts;
  const n = Number(index) + 1;
  switch (head) {
    case 'publicIpRanges':
      return {
        id: fieldId('publicIpRanges'),
        label:
          index === undefined
            ? t('registration.ipRanges')
            : `${t('registration.ipRanges')}: ${ipRanges[Number(index)] ?? n}`,
      };
    case 'addresses':
      return leaf
        ? {
            id: fieldId(path),
            label: `${t('registration.address', { n })}: ${t(`registration.addressFields.${leaf as 'street'}`)}`,
          }
        : { id: fieldId('addresses-add'), label: t('registration.addresses') };
    case 'contacts':
      return leaf
        ? {
            id: fieldId(path),
            label: `${t('registration.contact', { n })}: ${t(`registration.contactFields.${leaf as 'name'}`)}`,
          }
        : { id: fieldId('contacts-add'), label: t('registration.contacts') };
    case 'entityTypes':
      return { id: fieldId('entityTypes'), label: t('registration.entityTypes') };
    case 'memberStates':
      return { id: fieldId('memberStates'), label: t('registration.memberStates') };
    case 'infoSharingArrangements':
      return leaf
        ? {
            id: fieldId(path),
            label: `${t('registration.arrangement', { n })}: ${t(`registration.arrangementFields.${leaf as 'name'}`)}`,
          }
        : { id: fieldId('arrangements-add'), label: t('registration.arrangements') };
    case 'name':
    case 'kvkNumber':
      return { id: fieldId(head), label: t(`registration.${head}`) };
    default:
      return { id: fieldId('classification-nl'), label: t('registration.classification') };
  }
}

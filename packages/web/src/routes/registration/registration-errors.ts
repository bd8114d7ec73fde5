import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client.ts';
import type { FormErrors } from '../../forms/form-errors.ts';
import { problemMessage } from '../../forms/form-errors.ts';
import { translateIssue, translateValidation, type IssueLike } from '../../forms/messages.ts';
import { fieldId } from './registration-draft.ts';

// The registration's paths are its own (`addresses.0.postcode`): each error stays on its path, and
// fieldFor below names and links it. The messages come from the codes, like every other form's.

export function errorsFromIssues(
  issues: readonly (IssueLike & { path: readonly PropertyKey[] })[],
  t: TFunction,
): FormErrors {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'form';
    fields[path] ??= translateIssue(issue, t);
  }
  return { fields };
}

export function errorsFromApi(error: unknown, t: TFunction): FormErrors {
  const params = isApiError(error) ? (error.problem.invalidParams ?? []) : [];
  const fields: Record<string, string> = {};
  for (const { name, code, params: values } of params) {
    fields[name.replace(/^body\./, '')] ??= translateValidation(code, values, t);
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

import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client.ts';
import { problemMessage } from '../../forms/form-errors.ts';

/**
 * Why the server refused a membership change, in plain Dutch. 404: the organisation is not one the owner
 * may add (an entity adds only organisations it already shares a community with); 403: only the owner
 * manages members; 409: the owner stays a member of its own community.
 */
export function memberRefusal(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 404) return t('communities.refused.notFound');
  if (isApiError(error) && error.status === 403) return t('communities.refused.forbidden');
  if (isApiError(error) && error.status === 409) return t('communities.refused.ownerStays');
  return problemMessage(error, t);
}

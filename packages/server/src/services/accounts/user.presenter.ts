import type { User } from '@weerbaar/core/platform';
import type { UserRow } from '../../db/schema.ts';

/** The allow-list of user fields that leave the server: never hashes or secrets. */
export function presentUser(u: UserRow): User {
  return { id: u.id, email: u.email, name: u.name, locale: u.locale, mfaEnabled: u.mfa_enabled };
}

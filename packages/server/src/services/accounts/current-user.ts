import { DomainError } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import { findUser } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';

export type UserActor = Actor & { type: 'user' };

/** The signed-in user's account; gone (deleted meanwhile) reads as signed out. */
export async function currentUser(db: DbOrTrx, actor: UserActor) {
  const user = await findUser(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'Sign in first');
  return user;
}

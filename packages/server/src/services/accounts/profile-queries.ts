import type { User } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { presentUser } from './account.presenter.ts';

export async function getProfile(db: Db, actor: UserActor): Promise<User> {
  return presentUser(await currentUser(db, actor));
}

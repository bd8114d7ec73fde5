// The policy subjects of supervision, built from what the database says about the acting organisation.
import type { Subject } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import { listAuthorityKinds } from '../../repositories/supervision.repository.ts';

/** Whether an authority organisation is of kind supervisor (Cbw art. 68(1)). */
export async function isSupervisorOrg(db: DbOrTrx, orgId: string): Promise<boolean> {
  return (await listAuthorityKinds(db, orgId)).includes('supervisor');
}

export function supervisionSubject(orgId: string, entityOrgId: string, supervisorOrg: boolean): Subject<'supervision'> {
  return { type: 'supervision', orgId, entityOrgId, supervisorOrg };
}

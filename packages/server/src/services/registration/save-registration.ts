import { normaliseRegistration, type Registration, type RegistrationVersion } from '@weerbaar/core/registration';
import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import {
  findLatestRegistrationVersion,
  insertRegistrationVersion,
} from '../../repositories/registration.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { digestOf } from '../../kernel/audit-chain.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { presentRegistrationVersion } from './registration.presenter.ts';

/**
 * Saves the registration as a new version — the change history the update deadlines run from (NIS2 Art. 3(4),
 * Art. 27(3)). Saving the same content again creates no version.
 */
export async function saveRegistration(
  db: Db,
  ctx: OrgActor,
  input: Registration,
): Promise<{ created: boolean; version: RegistrationVersion }> {
  const data = normaliseRegistration(input);
  const digest = digestOf(data)!;
  try {
    return await db.transaction().execute(async (trx) => {
      const latest = await findLatestRegistrationVersion(trx, ctx.orgId);
      if (latest?.digest === digest) return { created: false, version: presentRegistrationVersion(latest) };
      const row = await insertRegistrationVersion(trx, {
        org_id: ctx.orgId,
        version: (latest?.version ?? 0) + 1,
        data: data as unknown as Record<string, unknown>,
        digest,
        created_by: ctx.actor.label,
      });
      await recordAuditEvent(trx, ctx.actor, {
        orgId: ctx.orgId,
        action: 'registration.saved',
        subjectType: 'registration-version',
        subjectId: row.id,
        before: latest?.data,
        after: data,
        details: { version: row.version },
      });
      return { created: true, version: presentRegistrationVersion(row) };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new DomainError('conflict', 'Someone else saved the registration at the same moment; reload and try again');
    }
    throw error;
  }
}

import { normaliseRegistration, type Registration, type RegistrationVersion } from '@weerbaar/core/registration';
import { DomainError } from '@weerbaar/core/platform';
import {
  findLatestRegistrationVersion,
  insertRegistrationVersion,
} from '../../repositories/registration.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { digestOf } from '../../kernel/audit-chain.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentRegistrationVersion } from './registration.presenter.ts';

/**
 * Saves the registration as a new version — the change history the update deadlines run from (NIS2 Art. 3(4),
 * Art. 27(3)). Saving the same content again creates no version.
 */
export const saveRegistration = defineUseCase({
  actions: ['registration.saved'],
  async run(
    { trx, record, unchanged },
    ctx: OrgActor,
    input: Registration,
  ): Promise<{ created: boolean; version: RegistrationVersion }> {
    authorize(ctx, 'write', { type: 'registration', orgId: ctx.orgId }, 'Registration');
    const data = normaliseRegistration(input);
    const digest = digestOf(data)!;
    const latest = await findLatestRegistrationVersion(trx, ctx.orgId);
    if (latest?.digest === digest) {
      unchanged();
      return { created: false, version: presentRegistrationVersion(latest) };
    }
    const row = await insertRegistrationVersion(trx, {
      org_id: ctx.orgId,
      version: (latest?.version ?? 0) + 1,
      data: data as unknown as Record<string, unknown>,
      digest,
      created_by: ctx.actor.label,
    }).catch((error: unknown) => {
      // The unique (org, version) key: another save took this version number first. The transaction is
      // lost either way; the caller gets a conflict to retry instead of a 500.
      if ((error as { code?: string }).code === '23505') {
        throw new DomainError(
          'conflict',
          'Someone else saved the registration at the same moment; reload and try again',
        );
      }
      throw error;
    });
    await record(
      'registration.saved',
      {
        subjectType: 'registration-version',
        subjectId: row.id,
        before: latest?.data,
        after: data,
        details: { version: row.version },
      },
      { version: row.version },
    );
    return { created: true, version: presentRegistrationVersion(row) };
  },
});

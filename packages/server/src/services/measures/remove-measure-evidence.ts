import type { RequirementId } from '@weerbaar/core/measures';
import { notFound } from '@weerbaar/core/platform';
import { deleteEvidence, findEvidence } from '../../repositories/measure.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentEvidence } from './measure.presenter.ts';

/** Removes an evidence file; the audit trail keeps its name and SHA-256. */
export const removeMeasureEvidence = defineUseCase({
  actions: ['measure.evidence-removed'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { requirementId, evidenceId }: { requirementId: RequirementId; evidenceId: string },
  ): Promise<void> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const row = await findEvidence(trx, ctx.orgId, requirementId, evidenceId);
    if (!row) throw notFound('Evidence');
    await deleteEvidence(trx, ctx.orgId, evidenceId);
    await record(
      'measure.evidence-removed',
      { subjectType: 'measure', subjectId: requirementId, before: presentEvidence(row) },
      { requirementId, evidenceId },
    );
  },
});

import type { MeasureBulkUpdate } from '@weerbaar/core/measures';
import { invalidField } from '@weerbaar/core/platform';
import { lockImplementations, upsertImplementation } from '../../repositories/measure.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { auditedImplementation } from './measure.presenter.ts';
import { adoptedRequirement, recordCoverage } from './measure-state.ts';

/**
 * The same change (status, owner, due date) on many requirements at once, one audit event per
 * requirement that changed, in one transaction: all or nothing.
 */
export const bulkUpdateMeasures = defineUseCase({
  actions: ['measure.updated'],
  async run({ trx, now, recordAll, unchanged }, ctx: OrgActor, input: MeasureBulkUpdate): Promise<{ updated: number }> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const ids = [...new Set(input.requirementIds)];
    for (const [i, id] of ids.entries()) {
      try {
        await adoptedRequirement(trx, ctx.orgId, id);
      } catch {
        throw invalidField(
          `body.requirementIds.${i}`,
          'is not a requirement of an adopted catalogue',
          'unknown_reference',
        );
      }
    }
    const existing = new Map((await lockImplementations(trx, ctx.orgId, ids)).map((r) => [r.requirement_id, r]));
    const changes = [];
    for (const id of ids) {
      const before = existing.get(id);
      const status = input.status ?? before?.status ?? 'not-started';
      const justification = status === 'not-applicable' ? (input.justification ?? before?.justification ?? null) : null;
      if (status === 'not-applicable' && !justification)
        throw invalidField(
          'body.justification',
          'is required when the status is not-applicable (2024/2690 Art. 2(2))',
          'justification_required',
        );
      const fields = {
        requirement_id: id,
        status,
        maturity: before?.maturity ?? null,
        owner: input.owner !== undefined ? input.owner : (before?.owner ?? null),
        due_date: input.dueDate !== undefined ? input.dueDate : (before?.due_date ?? null),
        how_implemented: before?.how_implemented ?? null,
        justification,
        review_date: before?.review_date ?? null,
        evidence_links: before?.evidence_links ?? [],
      };
      const after = auditedImplementation(fields);
      // Unchanged requirements are not written (not even who and when) and not recorded.
      if (before && JSON.stringify(auditedImplementation(before)) === JSON.stringify(after)) continue;
      const row = await upsertImplementation(trx, {
        ...fields,
        org_id: ctx.orgId,
        evidence_links: JSON.stringify(fields.evidence_links),
        updated_by: ctx.actor.label,
        updated_at: now,
      });
      changes.push({
        facts: { subjectType: 'measure', subjectId: id, before: auditedImplementation(before), after },
        data: { requirementId: id, status: row.status },
      });
    }
    if (changes.length === 0) {
      unchanged();
      return { updated: 0 };
    }
    await recordCoverage(trx, ctx.orgId, now);
    await recordAll('measure.updated', changes);
    return { updated: changes.length };
  },
});

import { AGENDA_ITEM_TRANSITIONS, type AgendaItem, type AgendaItemUpdate } from '@weerbaar/core/exercise-agenda';
import { DomainError, notFound } from '@weerbaar/core/platform';
import {
  lockAgendaItem,
  updateAgendaItem as updateAgendaItemRow,
} from '../../repositories/exercise-agenda.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadAgendaItem, ownAgenda } from './exercise-agenda-queries.ts';

/**
 * Moves an agenda item along (planned → prepared → held → evaluated, or cancelled) and records its
 * evaluation: findings and lessons, which may be written once it is held.
 */
export const updateAgendaItem = defineUseCase({
  actions: ['exercise-agenda.item-updated'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { itemId, changes }: { itemId: string; changes: AgendaItemUpdate },
  ): Promise<AgendaItem> {
    authorize(ctx, 'manage', ownAgenda(ctx.orgId), 'Agenda item');
    const row = await lockAgendaItem(trx, ctx.orgId, itemId);
    if (!row) throw notFound('Agenda item');
    const status = changes.status ?? row.status;
    if (status !== row.status && !AGENDA_ITEM_TRANSITIONS[row.status].includes(status)) {
      throw new DomainError('conflict', `An item that is ${row.status} cannot become ${status}`);
    }
    const writesEvaluation = changes.findings !== undefined || changes.lessons !== undefined;
    if (writesEvaluation && status !== 'held' && status !== 'evaluated') {
      throw new DomainError('conflict', 'The evaluation is written once the exercise is held');
    }
    const findings = changes.findings === undefined ? row.findings : changes.findings || null;
    const lessons = changes.lessons === undefined ? row.lessons : changes.lessons || null;
    if (status === row.status && findings === row.findings && lessons === row.lessons) {
      unchanged();
      return loadAgendaItem(trx, ctx.orgId, row);
    }
    const before = await loadAgendaItem(trx, ctx.orgId, row);
    const updated = await updateAgendaItemRow(trx, ctx.orgId, itemId, { status, findings, lessons, updated_at: now });
    const after = await loadAgendaItem(trx, ctx.orgId, updated);
    await record(
      'exercise-agenda.item-updated',
      {
        subjectType: 'exercise-agenda-item',
        subjectId: itemId,
        before: { status: before.status, findings: before.findings, lessons: before.lessons },
        after: { status: after.status, findings: after.findings, lessons: after.lessons },
      },
      { itemId, status },
    );
    return after;
  },
});

import { findRisk } from '../../repositories/risk.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { notifyMembers } from '../platform/notify-members.ts';
import { riskReviewKey, type RiskReviewPayload } from './risk-review-payload.ts';

// Who may change risks (permission risk:write in core roles.ts) is reminded.
const REMINDED_ROLES = ['owner', 'admin', 'risk-manager'];

export const sendRiskReviewReminder = defineUseCase({
  actions: ['risk.review-due'],
  async run({ trx, record, unchanged }, _ctx: Actor, p: RiskReviewPayload): Promise<'sent' | 'skipped'> {
    const risk = await findRisk(trx, p.orgId, p.riskId);
    if (!risk || risk.next_review_on !== p.nextReviewOn) {
      unchanged();
      return 'skipped';
    }
    const title = `Risico herbeoordelen: ${risk.title}`;
    const body = `Het risico "${risk.title}" moet vandaag (${p.nextReviewOn}) opnieuw worden beoordeeld. Kijk of de dreiging, de maatregelen of de bedrijfsmiddelen zijn veranderd (NIS2 Art. 21; CER Art. 12(1): minstens elke vier jaar).`;
    const link = `/risks/${risk.id}`;
    const notified = await notifyMembers(trx, {
      orgId: p.orgId,
      kind: 'risk.review-due',
      title,
      body,
      link,
      linkText: 'Open het risico',
      subjectType: 'risk',
      subjectId: risk.id,
      dedupeKey: riskReviewKey(p),
      roles: REMINDED_ROLES,
    });
    if (!notified) {
      unchanged();
      return 'skipped';
    }
    await record(
      'risk.review-due',
      { orgId: p.orgId, subjectType: 'risk', subjectId: risk.id, details: { nextReviewOn: p.nextReviewOn } },
      { riskId: risk.id, nextReviewOn: p.nextReviewOn },
    );
    return 'sent';
  },
});

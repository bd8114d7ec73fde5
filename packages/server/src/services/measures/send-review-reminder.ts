// A review date of a measure reminds the organisation in the app when it comes (the job is planned by
// updateMeasure). It stays silent when the review date moved since (the new date has its own job).
import { findRequirement } from '@weerbaar/core/measures';
import { z } from 'zod';
import { insertNotification } from '../../repositories/notification.repository.ts';
import { findImplementation } from '../../repositories/measure.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

export const REVIEW_JOB_KIND = 'measure.review-reminder';

export const ReviewPayloadSchema = z.object({
  orgId: z.uuid(),
  requirementId: z.string().max(120),
  reviewDate: z.iso.date(),
});
export type ReviewPayload = z.infer<typeof ReviewPayloadSchema>;

export const reviewKey = (p: Omit<ReviewPayload, 'orgId'>) => `${REVIEW_JOB_KIND}:${p.requirementId}:${p.reviewDate}`;

export const sendReviewReminder = defineUseCase({
  actions: ['measure.review-due'],
  async run({ trx, record, unchanged }, _ctx: Actor, p: ReviewPayload): Promise<'sent' | 'skipped'> {
    const row = await findImplementation(trx, p.orgId, p.requirementId);
    const found = findRequirement(p.requirementId);
    if (!row || !found || row.review_date !== p.reviewDate) {
      unchanged();
      return 'skipped';
    }
    const notification = await insertNotification(trx, {
      org_id: p.orgId,
      kind: 'measure.review-due',
      title: `Tijd om te controleren: ${found.requirement.ref} ${found.requirement.title}`,
      body: `De maatregel voor ${found.requirement.ref} (${found.catalogue.title}) moest uiterlijk ${p.reviewDate} opnieuw bekeken worden. Kijk of hij nog werkt en of het bewijs nog klopt, en zet een nieuwe controledatum.`,
      link: `/measures/${encodeURIComponent(p.requirementId)}`,
      subject_type: 'measure',
      subject_id: p.requirementId,
      dedupe_key: reviewKey(p),
    });
    if (!notification) {
      unchanged();
      return 'skipped';
    }
    await record(
      'measure.review-due',
      { orgId: p.orgId, subjectType: 'measure', subjectId: p.requirementId, details: { reviewDate: p.reviewDate } },
      { requirementId: p.requirementId, reviewDate: p.reviewDate },
    );
    return 'sent';
  },
});

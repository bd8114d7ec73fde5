import { z } from 'zod';

export const RISK_REVIEW_JOB_KIND = 'risk.review-reminder';

export const RiskReviewPayloadSchema = z.object({ orgId: z.uuid(), riskId: z.uuid(), nextReviewOn: z.iso.date() });
export type RiskReviewPayload = z.infer<typeof RiskReviewPayloadSchema>;

/** One reminder per risk and review date: the job's dedupe key, and the notification's. */
export const riskReviewKey = (p: RiskReviewPayload) => `${RISK_REVIEW_JOB_KIND}:${p.riskId}:${p.nextReviewOn}`;

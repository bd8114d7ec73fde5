// The payload schema of each kind of submission: the entity validates before queueing, the authority
// validates on intake, with the same schema. Adding a kind is one line here (docs/DELIVERY.md).
import type { z } from 'zod';
import { invalidParamsFromZod, type InvalidParam } from '../platform/domain-error.ts';
import { IncidentReportPayloadSchema } from '../incidents/incident-report.contracts.ts';
import { RegistrationSchema } from '../registration/registration.contracts.ts';
import type { SubmissionKind } from '../delivery/submission.contracts.ts';
import { CrisisAnswerPayloadSchema } from '../crisis/requests.contracts.ts';
import { InformationRequestAnswerPayloadSchema } from '../supervision/supervision-transport.contracts.ts';

export const SUBMISSION_PAYLOAD_SCHEMAS = {
  registration: RegistrationSchema,
  'incident-report': IncidentReportPayloadSchema,
  'crisis-request-answer': CrisisAnswerPayloadSchema,
  'information-request-answer': InformationRequestAnswerPayloadSchema,
} satisfies Record<SubmissionKind, z.ZodType>;

export type SubmissionPayload<K extends SubmissionKind> = z.infer<(typeof SUBMISSION_PAYLOAD_SCHEMAS)[K]>;

/**
 * Parses a payload for its kind; on failure the invalid params name each field under `prefix`
 * (e.g. 'body.payload.kvkNumber').
 */
export function parseSubmissionPayload(
  kind: SubmissionKind,
  payload: unknown,
  prefix: string,
): { ok: true; payload: Record<string, unknown> } | { ok: false; invalidParams: InvalidParam[] } {
  const result = (SUBMISSION_PAYLOAD_SCHEMAS[kind] as z.ZodType).safeParse(payload);
  if (result.success) return { ok: true, payload: result.data as Record<string, unknown> };
  return { ok: false, invalidParams: invalidParamsFromZod(result.error, prefix) };
}

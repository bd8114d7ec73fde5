// What crosses the network when the supervisor's entity lives on another installation (docs/DELIVERY.md,
// "Authority → entity"): the request rides the pull channel of crisis requests (a second list in the same
// pull answer, so an entity installation of an older version ignores it), the answer comes back as a
// submission of kind 'information-request-answer' through the outbox (retries, signed receipt, once by id).
import { z } from 'zod';
import { Sha256HexSchema } from '../platform/digest.contracts.ts';
import { TextSchema } from '../platform/input.contracts.ts';
import { FindingSeveritySchema, FindingStatusSchema, LegalBasisSchema } from './supervision.contracts.ts';

/** One information request as the entity installation pulls it; stored there once by its id (text it can store). */
export const PulledSupervisionRequestSchema = z.object({
  id: z.uuid(),
  supervisorName: TextSchema.min(1).max(200),
  subject: TextSchema.min(1).max(200),
  question: TextSchema.min(1).max(10_000),
  legalBasis: LegalBasisSchema,
  indication: TextSchema.max(5_000).nullable(),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  asksMeasuresDossier: z.boolean(),
  sentBy: TextSchema.min(1).max(200),
  sentAt: z.iso.datetime(),
});
export type PulledSupervisionRequest = z.infer<typeof PulledSupervisionRequestSchema>;

/**
 * A later step of the supervisor on a request the entity pulled (the assessment: more asked with a new period,
 * or accepted), travelling on the same pull. Its id is the supervisor's message id: the entity stores it once by
 * it, applies it to its copy through the status flow (supervision-rules.ts) and confirms it in `delivered`.
 */
export const PulledRequestUpdateSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  step: z.enum(['more-asked', 'accepted']),
  note: TextSchema.max(10_000),
  /** The new period (Awb art. 5:20(1)); only with 'more-asked'. */
  dueOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  at: z.iso.datetime(),
  by: TextSchema.min(1).max(200),
});
export type PulledRequestUpdate = z.infer<typeof PulledRequestUpdateSchema>;

/**
 * A finding about the entity as its installation pulls it: the whole finding as it stands now. Each change at the
 * supervisor (recorded, its follow-up status or note changed) is a new `versionId`; the entity keeps the newest
 * version of each finding (by id) and confirms the version it stored in `delivered`, so a change made while an
 * older version was on its way still travels.
 */
export const PulledFindingSchema = z.object({
  id: z.uuid(),
  versionId: z.uuid(),
  supervisorName: TextSchema.min(1).max(200),
  requestId: z.uuid().nullable(),
  observation: TextSchema.min(1).max(10_000),
  severity: FindingSeveritySchema,
  followUpDueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: FindingStatusSchema,
  followUpNote: TextSchema.max(10_000),
  recordedBy: TextSchema.min(1).max(200),
  recordedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PulledFinding = z.infer<typeof PulledFindingSchema>;

/**
 * The bytes of the documents of one remote answer, together. The submission travels in one HTTP body
 * (the server's 1 MiB body limit); base64 makes 4 of every 3 bytes, and the text may take 120 kB escaped.
 */
export const REMOTE_ANSWER_MAX_DOCUMENT_BYTES = 640 * 1024;

export const TravellingDocumentSchema = z
  .object({
    kind: z.enum(['upload', 'measures-dossier']),
    fileName: TextSchema.min(1).max(200),
    mediaType: z.string().min(1).max(200),
    sha256: Sha256HexSchema,
    /** The bytes, base64 (RFC 4648 §4). */
    contentBase64: z
      .string()
      .max(Math.ceil(REMOTE_ANSWER_MAX_DOCUMENT_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();
export type TravellingDocument = z.infer<typeof TravellingDocumentSchema>;

/** The entity's answer as it travels (submission kind 'information-request-answer'; its id is the answer's). */
export const InformationRequestAnswerPayloadSchema = z
  .object({
    requestId: z.uuid(),
    text: TextSchema.min(1).max(20_000),
    answeredBy: TextSchema.min(1).max(200),
    answeredAt: z.iso.datetime(),
    documents: z.array(TravellingDocumentSchema).max(50),
  })
  .strict();
export type InformationRequestAnswerPayload = z.infer<typeof InformationRequestAnswerPayloadSchema>;

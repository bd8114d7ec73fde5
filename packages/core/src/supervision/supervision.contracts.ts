// Supervision (issue 15 item 3): the kinds of an authority organisation, the competent authority and
// supervisor per sector, information requests between a supervisor and an entity, and findings.
import { z } from 'zod';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';

// An authority organisation may be several at once (NIS2 Art. 8(1), 10; Cbw arts. 15, 16, 68).
export const AUTHORITY_KINDS = ['competent-authority', 'csirt', 'supervisor'] as const;
export const AuthorityKindSchema = z.enum(AUTHORITY_KINDS);
export type AuthorityKind = z.infer<typeof AuthorityKindSchema>;
export const AuthorityKindsSchema = z
  .object({
    kinds: z.array(AuthorityKindSchema).max(3),
    /**
     * The competent authorities (Cbw art. 15: the minister per sector, or the body acting for it) this
     * organisation acts for, by the names the sector table gives them. Empty: it receives reports for any
     * competent authority, as before. Omitted on a change: left as it is, so older clients keep it.
     */
    competentAuthorities: z.array(TextSchema.trim().min(1).max(200)).max(20).optional(),
  })
  .strict();
export type AuthorityKinds = z.infer<typeof AuthorityKindsSchema>;

export const SectorAuthoritySchema = z.object({
  sector: z.string(),
  competentAuthority: z.string().nullable(),
  competentAuthoritySource: z.string().nullable(),
  supervisor: z.string().nullable(),
  /** Where the row comes from: the law's default, the platform's expectation, or this organisation's setting. */
  origin: z.enum(['default', 'configured']),
  /** False when the supervisor default is not confirmed by a source (the Cbw names none: art. 68(1)). */
  supervisorConfirmed: z.boolean(),
});
export type SectorAuthority = z.infer<typeof SectorAuthoritySchema>;
export const SectorAuthorityListSchema = z.object({ items: z.array(SectorAuthoritySchema) });
export const SectorAuthorityUpdateSchema = z
  .object({
    sector: TextSchema.min(1).max(200),
    /** null: back to the default. */
    competentAuthority: TextSchema.trim().min(1).max(200).nullable(),
    supervisor: TextSchema.trim().min(1).max(200).nullable(),
  })
  .strict();
export type SectorAuthorityUpdate = z.infer<typeof SectorAuthorityUpdateSchema>;

/** The powers a request rests on; the citation is what the letter and the screen show. */
export const LEGAL_BASES = {
  // Point letters of NIS2 Art. 32(2) and 33(2) as in the Directive's text (32(2)(a)-(c) re-checked; (e)-(g) and 33(2) from the reference).
  information: 'Cbw art. 68(1); Awb art. 5:16 and 5:20(1); NIS2 Art. 32(2)(e) and 33(2)(d)',
  documents: 'Cbw art. 68(1); Awb art. 5:17 and 5:20(1); NIS2 Art. 32(2)(f) and 33(2)(e)',
  evidence: 'Cbw art. 68(1); Awb art. 5:16, 5:17 and 5:20(1); NIS2 Art. 32(2)(g) and 33(2)(f)',
} as const;
export const LegalBasisSchema = z.enum(Object.keys(LEGAL_BASES) as [keyof typeof LEGAL_BASES]);
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

export const REQUEST_STATUSES = ['sent', 'answered', 'accepted', 'more-asked'] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

export const InformationRequestCreateSchema = z
  .object({
    /** The entity as the registry knows it (its organisation id). */
    entityId: z.uuid(),
    subject: TextSchema.trim().min(1).max(200),
    question: TextSchema.trim().min(1).max(10_000),
    legalBasis: LegalBasisSchema,
    /** The evidence or indication of a possible breach; required for an important entity (NIS2 Art. 33(1)). */
    indication: TextSchema.trim().max(5_000).nullable().default(null),
    dueOn: DateInputSchema,
    /** Ask for the measures dossier (measures with evidence) in the answer. */
    asksMeasuresDossier: z.boolean().default(false),
  })
  .strict();
export type InformationRequestCreate = z.infer<typeof InformationRequestCreateSchema>;

export const RequestDocumentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['upload', 'measures-dossier']),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  /** The answer it was sent with; null while the entity is still preparing its answer. */
  answerId: z.uuid().nullable(),
  addedAt: z.iso.datetime(),
});
export type RequestDocument = z.infer<typeof RequestDocumentSchema>;

export const RequestMessageSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['answer', 'more-asked', 'accepted']),
  text: z.string(),
  /** For 'more-asked': the new due day. */
  dueOn: z.string().nullable(),
  by: z.string(),
  at: z.iso.datetime(),
});
export type RequestMessage = z.infer<typeof RequestMessageSchema>;

export const InformationRequestSummarySchema = z.object({
  id: z.uuid(),
  entityId: z.uuid(),
  entityName: z.string(),
  supervisorName: z.string(),
  subject: z.string(),
  legalBasis: LegalBasisSchema,
  status: RequestStatusSchema,
  dueOn: z.string(),
  overdue: z.boolean(),
  sentAt: z.iso.datetime(),
});
export type InformationRequestSummary = z.infer<typeof InformationRequestSummarySchema>;
export const InformationRequestListSchema = z.object({ items: z.array(InformationRequestSummarySchema) });

export const InformationRequestSchema = InformationRequestSummarySchema.extend({
  question: z.string(),
  legalBasisCitation: z.string(),
  indication: z.string().nullable(),
  asksMeasuresDossier: z.boolean(),
  sentBy: z.string(),
  /**
   * The supervisor's request to an entity on another installation, which pulls it (docs/DELIVERY.md): when it
   * was fetched, null while not yet. Null for a request on this installation and on the entity's side.
   */
  remote: z.object({ deliveredAt: z.iso.datetime().nullable() }).nullable(),
  messages: z.array(RequestMessageSchema),
  documents: z.array(RequestDocumentSchema),
});
export type InformationRequest = z.infer<typeof InformationRequestSchema>;

export const RequestListQuerySchema = z
  .object({
    status: RequestStatusSchema.optional(),
    entityId: z.uuid().optional(),
    overdue: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type RequestListQuery = z.infer<typeof RequestListQuerySchema>;

export const RequestAnswerSchema = z
  .object({
    text: TextSchema.trim().min(1).max(20_000),
    /** Add the measures dossier (the measures report with the evidence of each requirement) as it is now. */
    includeMeasuresDossier: z.boolean().default(false),
  })
  .strict();
export type RequestAnswer = z.infer<typeof RequestAnswerSchema>;

export const RequestAssessmentSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accepted'), note: TextSchema.trim().max(5_000).default('') }).strict(),
  z
    .object({
      decision: z.literal('more-asked'),
      note: TextSchema.trim().min(1).max(10_000),
      dueOn: DateInputSchema,
    })
    .strict(),
]);
export type RequestAssessment = z.infer<typeof RequestAssessmentSchema>;

export const FINDING_SEVERITIES = ['low', 'medium', 'high'] as const;
export const FindingSeveritySchema = z.enum(FINDING_SEVERITIES);
export const FINDING_STATUSES = ['open', 'in-progress', 'resolved'] as const;
export const FindingStatusSchema = z.enum(FINDING_STATUSES);
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

export const FindingCreateSchema = z
  .object({
    entityId: z.uuid(),
    observation: TextSchema.trim().min(1).max(10_000),
    severity: FindingSeveritySchema,
    followUpDueOn: DateInputSchema,
    /** The request the finding came from, if any. */
    requestId: z.uuid().nullable().default(null),
  })
  .strict();
export type FindingCreate = z.infer<typeof FindingCreateSchema>;

export const FindingUpdateSchema = z
  .object({ status: FindingStatusSchema, followUpNote: TextSchema.trim().max(5_000).default('') })
  .strict();
export type FindingUpdate = z.infer<typeof FindingUpdateSchema>;

export const FindingSchema = z.object({
  id: z.uuid(),
  entityId: z.uuid(),
  entityName: z.string(),
  supervisorName: z.string(),
  observation: z.string(),
  severity: FindingSeveritySchema,
  followUpDueOn: z.string(),
  status: FindingStatusSchema,
  followUpNote: z.string(),
  overdue: z.boolean(),
  requestId: z.uuid().nullable(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;
export const FindingListSchema = z.object({ items: z.array(FindingSchema) });

/** What the supervisor sees of one entity: its authorities per sector, requests and findings. */
export const SupervisedEntitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  classification: z.string().nullable(),
  /** Whether the entity uses this installation (requests reach it directly). */
  onThisInstallation: z.boolean(),
  authorities: z.array(SectorAuthoritySchema),
  requests: z.array(InformationRequestSummarySchema),
  findings: z.array(FindingSchema),
});
export type SupervisedEntity = z.infer<typeof SupervisedEntitySchema>;

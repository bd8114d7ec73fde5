// What crosses the network between an entity installation and the authority (docs/DELIVERY.md), and how
// the entity sees its outbox. DESIGN.md: every submission carries a client-generated id; repeating it
// never creates a duplicate; the authority answers with a signed receipt.
import { z } from 'zod';
import { DateTimeInputSchema, storableText, TextSchema } from '../platform/input.contracts.ts';
import { Sha256HexSchema } from '../platform/digest.contracts.ts';
import { KvkNumberSchema } from '../platform/organisation.contracts.ts';
import { pattern } from '../platform/validation-codes.ts';

// 'crisis-request-answer': an entity's answer to an authority's request for information (docs/DELIVERY.md,
// "Authority → entity"), delivered like every submission: outbox, receipt, idempotent by id.
// 'information-request-answer': an entity's answer to its supervisor's information request (Awb art. 5:16-5:17)
// when the supervisor is on another installation (docs/DELIVERY.md, "Authority → entity").
export const SUBMISSION_KINDS = [
  'registration',
  'incident-report',
  'crisis-request-answer',
  'information-request-answer',
] as const;
export const SubmissionKindSchema = z.enum(SUBMISSION_KINDS);
export type SubmissionKind = z.infer<typeof SubmissionKindSchema>;

/**
 * Answers to a request the receiving organisation sent itself: they go back to whoever asked, over the
 * connection the request was pulled over, so the asker's authority kinds are no reason to refuse them.
 */
export const REPLY_KINDS: ReadonlySet<SubmissionKind> = new Set([
  'crisis-request-answer',
  'information-request-answer',
]);

/**
 * Who a submission is for. The Cbw sends every report of a significant incident to the entity's CSIRT *and*
 * its competent authority (Cbw arts. 26(1), 27(1)-(2), 29(1): "aan haar CSIRT en haar bevoegde autoriteit");
 * no article makes a delivery to one of them reach the other (art. 39(1): the CSIRT informs the single point
 * of contact; art. 51(1): a general duty to cooperate). So each recipient gets its own delivery (an outbox
 * entry with its own receipt), to its own delivery target (docs/DELIVERY.md, "Both recipients").
 */
// 'sector_csirt': a copy to a sector CSIRT (e.g. Z-CERT for health) that the entity chose in its delivery
// settings. No article sends it (Cbw art. 16(1) names no copy to a further CSIRT); it is the entity's choice,
// delivered through the same outbox with the same guarantees (docs/DELIVERY.md, "Copies to a sector CSIRT").
// More than one copy (e.g. Z-CERT and a second sector CSIRT): each copy is a recipient of its own — its own
// delivery target, outbox entry, job, pull chain and signed receipt, all keyed by the recipient as the two legal
// recipients are — so a copy arrives once and a repeat adds nothing, with no new key anywhere. A fixed set of
// slots, not an open list: the keys stay a closed enum that every table's CHECK and every label covers.
export const SECTOR_CSIRT_COPIES = ['sector_csirt', 'sector_csirt_2', 'sector_csirt_3'] as const;
export type SectorCsirtCopy = (typeof SECTOR_CSIRT_COPIES)[number];
export const SUBMISSION_RECIPIENTS = ['csirt', 'competent_authority', ...SECTOR_CSIRT_COPIES] as const;
export const SubmissionRecipientSchema = z.enum(SUBMISSION_RECIPIENTS);
/** The two the law names (Cbw arts. 26(1), 27(1), 29(1)); "one intake for both" sets these, never the copy. */
export const LEGAL_RECIPIENTS = [
  'csirt',
  'competent_authority',
] as const satisfies readonly (typeof SUBMISSION_RECIPIENTS)[number][];
export type SubmissionRecipient = z.infer<typeof SubmissionRecipientSchema>;

/**
 * The role a delivery is addressed in (envelope.addressee.recipient): every copy slot is a 'sector_csirt'. The
 * slot is the sender's own bookkeeping and does not travel, so an intake of an older version, which knows these
 * three roles only, receives the second and third copy as it does the first.
 */
export const ADDRESSEE_ROLES = ['csirt', 'competent_authority', 'sector_csirt'] as const;
export const AddresseeRoleSchema = z.enum(ADDRESSEE_ROLES);
export type AddresseeRole = z.infer<typeof AddresseeRoleSchema>;
export const addresseeRoleOf = (recipient: SubmissionRecipient): AddresseeRole =>
  (SECTOR_CSIRT_COPIES as readonly string[]).includes(recipient) ? 'sector_csirt' : (recipient as AddresseeRole);

/** Prefix of the authority reference per kind: REG-2026-000001, MLD-2026-000001 (melding). */
/**
 * Who a delivery is meant for: the recipient role and, resolved from the sender's registration (its sectors,
 * through the sector table of core/supervision/sector-authorities.ts), the competent authority or authorities.
 * Not part of the payload (nor its digest): the same report goes to each recipient with its own addressee.
 */
export const SubmissionAddresseeSchema = z
  .object({
    recipient: AddresseeRoleSchema,
    /** The registration's sectors (scope catalogue names). */
    sectors: z.array(z.string().max(200)).max(30),
    /** The competent authority per those sectors (Cbw art. 15), de-duplicated; empty where none is known. */
    competentAuthorities: z.array(z.string().max(200)).max(30),
  })
  .strict();
export type SubmissionAddressee = z.infer<typeof SubmissionAddresseeSchema>;

export const AUTHORITY_REFERENCE_PREFIX: Record<SubmissionKind, string> = {
  registration: 'REG',
  'incident-report': 'MLD',
  'crisis-request-answer': 'ANT',
  'information-request-answer': 'INL',
};

export const SubmissionSenderSchema = z.object({
  orgId: z.uuid(),
  name: TextSchema.trim().min(1).max(200),
  kvkNumber: KvkNumberSchema.nullable(),
});
export type SubmissionSender = z.infer<typeof SubmissionSenderSchema>;

/**
 * The head of the sender's own audit chain, signed with the sender installation's Ed25519 audit key (kept
 * outside its database). The authority keeps every anchor it receives; the sender's `weerbaar audit verify`
 * compares its chain with them, so rewriting history needs the key and the authority's cooperation.
 * The signature is over the canonical JSON of { type: 'weerbaar.audit-anchor.v1', orgId, seq, hash, signedAt },
 * orgId being the sender's.
 */
export const AuditAnchorSchema = z
  .object({
    /** The number of events in the chain (0: empty) and the hash of the last. */
    seq: z.number().int().min(0),
    hash: Sha256HexSchema,
    signedAt: z.iso.datetime(),
    keyId: z.string().min(1).max(64),
    /** SPKI, PEM encoded: the sender installation's audit key. */
    publicKey: z.string().min(1).max(1000),
    /** Base64 Ed25519 signature. */
    signature: z.string().min(1).max(200),
  })
  .strict();
export type AuditAnchor = z.infer<typeof AuditAnchorSchema>;

/** What the authority holds of a sender's anchors (GET /api/v1/submissions/audit-anchors). */
export const ReceivedAuditAnchorSchema = AuditAnchorSchema.extend({
  submissionId: z.uuid(),
  receivedAt: z.iso.datetime(),
});
export type ReceivedAuditAnchor = z.infer<typeof ReceivedAuditAnchorSchema>;

export const SubmissionEnvelopeSchema = z
  .object({
    /** The idempotency key, generated by the sender. */
    id: z.uuid(),
    kind: SubmissionKindSchema,
    submittedAt: DateTimeInputSchema,
    sender: SubmissionSenderSchema,
    /** Validated per kind against SUBMISSION_PAYLOAD_SCHEMAS (core/src/submissions). */
    payload: z.record(z.string(), z.unknown()),
    payloadDigest: Sha256HexSchema,
    /** Hash of the sender's audit event for this submission (DESIGN.md: reports cite their audit hash). */
    auditHash: Sha256HexSchema.nullable().default(null),
    /** The sender's signed audit chain head at delivery; absent from senders that predate it. */
    auditAnchor: AuditAnchorSchema.optional(),
    /** Who the sender means this delivery for (addressee.ts); absent from senders that predate it. */
    addressee: SubmissionAddresseeSchema.optional(),
  })
  .strict();
export type SubmissionEnvelope = z.infer<typeof SubmissionEnvelopeSchema>;

/** The fields the authority signs, in this exact shape (canonical JSON, sorted keys). */
export interface ReceiptClaims {
  submissionId: string;
  authorityReference: string;
  receivedAt: string;
  payloadDigest: string;
}

export const ReceiptSchema = z.object({
  submissionId: z.uuid(),
  authorityReference: z.string(),
  receivedAt: z.iso.datetime(),
  payloadDigest: Sha256HexSchema,
  keyId: z.string(),
  /** Base64 Ed25519 signature over the canonical JSON of the ReceiptClaims. */
  signature: z.string(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const ReceiptKeySchema = z.object({
  keyId: z.string(),
  algorithm: z.literal('Ed25519'),
  /** SPKI, PEM encoded. */
  publicKey: z.string(),
  createdAt: z.iso.datetime(),
});
export type ReceiptKey = z.infer<typeof ReceiptKeySchema>;

export const SubmissionStatusSchema = z.enum(['pending', 'delivered', 'failed']);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

export const StoredReceiptSchema = z.object({
  authorityReference: z.string(),
  receivedAt: z.iso.datetime(),
  keyId: z.string(),
  signature: z.string(),
  /** The signature checked out against the authority's pinned key when it was stored. */
  verified: z.boolean(),
});

export const OutboxEntrySchema = z.object({
  /** The submission id; a report for both recipients has one id and one entry (and receipt) per recipient. */
  id: z.uuid(),
  recipient: SubmissionRecipientSchema,
  /** Who it was addressed to, as the envelope says (null: queued before addressees were kept). */
  addressee: SubmissionAddresseeSchema.nullable(),
  kind: SubmissionKindSchema,
  subjectId: z.uuid(),
  status: SubmissionStatusSchema,
  payloadDigest: Sha256HexSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
  receipt: StoredReceiptSchema.nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/** The authority's view of one received submission (without the payload). */
export const ReceivedSubmissionSchema = z.object({
  id: z.uuid(),
  kind: SubmissionKindSchema,
  sender: SubmissionSenderSchema,
  submittedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  authorityReference: z.string(),
  payloadDigest: Sha256HexSchema,
});
export type ReceivedSubmission = z.infer<typeof ReceivedSubmissionSchema>;

export const DeliveryTargetSchema = z.object({
  /** Whose intake this is: the CSIRT's (also registrations) or the competent authority's. */
  recipient: SubmissionRecipientSchema,
  authorityUrl: z.string().nullable(),
  apiTokenSet: z.boolean(),
  /** The key id of the authority's receipt key, pinned at the first delivery. */
  pinnedKeyId: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type DeliveryTarget = z.infer<typeof DeliveryTargetSchema>;

export const DeliveryTargetUpdateSchema = z
  .object({
    /** Base URL of the authority's Weerbaar installation, e.g. https://meldpunt.example.nl */
    authorityUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(500)
      .check(storableText),
    /** An API token of the authority organisation with role submitter; omit to keep the stored one. */
    apiToken: z
      .string()
      .trim()
      .regex(pattern(/^wbt_[A-Za-z0-9_-]{20,200}$/, 'api_token_format'), 'must be a Weerbaar API token (wbt_…)')
      .optional(),
  })
  .strict();
export type DeliveryTargetUpdate = z.infer<typeof DeliveryTargetUpdateSchema>;

/** What an entity installation reads back about a report it delivered (its submitter token). */
export const SubmissionFeedbackSchema = z.object({
  submissionId: z.uuid(),
  authorityReference: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['acknowledgement', 'intermediate_report_request']),
      occurredAt: z.iso.datetime(),
      dueAt: z.iso.datetime().nullable(),
      message: z.string(),
    }),
  ),
});
export type SubmissionFeedback = z.infer<typeof SubmissionFeedbackSchema>;

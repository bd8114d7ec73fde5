// How the registration and the registry are shown over the API.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { OutboxEntrySchema } from '../delivery/submission.contracts.ts';
import { Sha256HexSchema } from '../platform/digest.contracts.ts';
import { ClassificationSchema } from '../scope/scope-result.schema.ts';
import { RegistrationSchema } from './registration.contracts.ts';
import { PROVINCE_IDS } from './registration-vocabulary.ts';

export const FieldChangeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });

export const RegistrationDeadlineSchema = z.object({
  register: z.enum(['national', 'enisa']),
  dueAt: z.iso.datetime(),
  source: z.string(),
});

export const RegistrationVersionSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  savedAt: z.iso.datetime(),
  savedBy: z.string(),
  digest: Sha256HexSchema,
  data: RegistrationSchema,
});
export type RegistrationVersion = z.infer<typeof RegistrationVersionSchema>;

export const RegistrationVersionSummarySchema = RegistrationVersionSchema.omit({ data: true }).extend({
  /** What this version changed compared with the one before (empty for the first). */
  changes: z.array(FieldChangeSchema),
});

export const RegistrationSubmissionSchema = OutboxEntrySchema.extend({
  /** The registration version that was submitted. */
  version: z.number().int().nullable(),
});
export type RegistrationSubmission = z.infer<typeof RegistrationSubmissionSchema>;

export const RegistrationStateSchema = z.object({
  /** The latest saved version (the draft); null before the first save. */
  current: RegistrationVersionSchema.nullable(),
  /** Values known elsewhere in Weerbaar, to start the form with. */
  prefill: z.object({
    name: z.string().nullable(),
    kvkNumber: z.string().nullable(),
    classification: z.object({ eu: ClassificationSchema.nullable(), nl: ClassificationSchema.nullable() }).nullable(),
    /** From the latest scope assessment. */
    entityTypes: z.array(z.string()),
  }),
  /** The newest version that was submitted (queued or delivered); null if none. */
  submittedVersion: z.number().int().nullable(),
  /** Set when the current version has not been submitted: by when the change must reach the register. */
  changeDeadlines: z.array(RegistrationDeadlineSchema),
  /** An entity type in the ENISA registry (NIS2 Art. 27(1)) is chosen. */
  enisaRegistry: z.boolean(),
  latestSubmission: RegistrationSubmissionSchema.nullable(),
});
export type RegistrationState = z.infer<typeof RegistrationStateSchema>;

export const RegistrationSubmitSchema = z
  .object({
    /** Client-generated idempotency key; the same id twice queues one submission. */
    submissionId: z.uuid().optional(),
  })
  .strict();

// ── Authority: the registry of entities ──────────────────────────────────────

export const RegistryEntitySchema = z.object({
  /** The entity's organisation id at its own installation. */
  id: z.uuid(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  sectors: z.array(z.string()),
  entityTypes: z.array(z.string()),
  classification: z.object({ eu: ClassificationSchema.nullable(), nl: ClassificationSchema.nullable() }),
  province: z.enum(PROVINCE_IDS).nullable(),
  latestReference: z.string(),
  latestSubmittedAt: z.iso.datetime(),
  latestReceivedAt: z.iso.datetime(),
  firstReceivedAt: z.iso.datetime(),
});
export type RegistryEntity = z.infer<typeof RegistryEntitySchema>;

export const RegistryQuerySchema = z.object({
  sector: TextSchema.max(100).optional().describe('NIS2 sector name as in the catalogue, e.g. Energy'),
  classification: ClassificationSchema.optional().describe(
    'Classification under the Cbw (NL); the EU one where NL is unknown',
  ),
  province: z.enum(PROVINCE_IDS).optional(),
  q: TextSchema.trim().max(100).optional().describe('Part of the name or the KvK number'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RegistryQuery = z.infer<typeof RegistryQuerySchema>;

export const RegistryHistoryItemSchema = z.object({
  submissionId: z.uuid(),
  authorityReference: z.string(),
  submittedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  payloadDigest: Sha256HexSchema,
  changes: z.array(FieldChangeSchema),
});

export const RegistryEntityDetailSchema = RegistryEntitySchema.extend({
  registration: RegistrationSchema,
  /** Oldest first. */
  history: z.array(RegistryHistoryItemSchema),
});
export type RegistryEntityDetail = z.infer<typeof RegistryEntityDetailSchema>;

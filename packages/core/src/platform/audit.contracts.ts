import { z } from 'zod';
import { DateTimeInputSchema, TextSchema } from './input.contracts.ts';

export const AuditEventSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorType: z.enum(['user', 'api-token', 'system']),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  /** The subject's current name (an incident's reference and title, an asset's name); null if it has none. */
  subjectLabel: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/** The facets of an organisation's trail, for the filters: who acted, and on what kinds of subject. */
export const AuditFacetsSchema = z.object({
  actors: z.array(z.object({ id: z.string(), type: z.enum(['user', 'api-token', 'system']), label: z.string() })),
  subjectTypes: z.array(z.string()),
});
export type AuditFacets = z.infer<typeof AuditFacetsSchema>;

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/** A query-string flag: exactly `true` or `false`, read as a boolean. */
export const QueryBooleanSchema = z.enum(['true', 'false']).transform((v) => v === 'true');

export const AuditEventQuerySchema = PageQuerySchema.extend({
  subjectType: TextSchema.max(100).optional(),
  subjectId: TextSchema.max(100).optional(),
  actorId: TextSchema.max(100).optional(),
  action: TextSchema.max(100).optional(),
  from: DateTimeInputSchema.optional(),
  to: DateTimeInputSchema.optional(),
});
export type AuditEventQuery = z.infer<typeof AuditEventQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

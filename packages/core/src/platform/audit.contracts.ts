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
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

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

import { z } from 'zod';
import type { AuditFilters } from '../../api/audit.ts';
import { dutchTimeToIso } from '../../format/date.ts';
import { pageParam } from '../../url/url-query.ts';

// The filters live in the URL (?actorId=…&from=2025-01-31). Dates are calendar days in Dutch time.

export const TEXT_FILTERS = ['subjectType', 'subjectId', 'actorId', 'action'] as const;
export const DATE_FILTERS = ['from', 'to'] as const;
export type FilterName = (typeof TEXT_FILTERS)[number] | (typeof DATE_FILTERS)[number];
export type FilterValues = Partial<Record<FilterName, string>>;

const text = z.string().max(200).optional();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

export const AuditQuerySchema = z.object({
  subjectType: text,
  subjectId: text,
  actorId: text,
  action: text,
  from: day,
  to: day,
  /** `technical`: sequence numbers, action codes, ids and hashes instead of names. */
  view: z.enum(['technical']).optional(),
  page: pageParam,
});

/** The API wants instants: `from` is the start of that day, `to` includes the whole day. */
export function apiFilters(values: FilterValues & { view?: string }): AuditFilters {
  const { from, to, view: _view, ...text } = values;
  return {
    ...text,
    from: from ? dutchTimeToIso(from, '00:00:00') : undefined,
    to: to ? dutchTimeToIso(to, '23:59:59.999') : undefined,
  };
}

import type { AuditFilters } from '../../api/audit.ts';
import { dutchTimeToIso } from '../../format/date.ts';

// The filters live in the URL (?actorId=…&from=2025-01-31), so a filtered view can be bookmarked,
// shared and reached with the back button. Dates are calendar days in Dutch time.

export const TEXT_FILTERS = ['subjectType', 'subjectId', 'actorId', 'action'] as const;
export const DATE_FILTERS = ['from', 'to'] as const;
export type FilterName = (typeof TEXT_FILTERS)[number] | (typeof DATE_FILTERS)[number];
export type FilterValues = Partial<Record<FilterName, string>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filterValuesFrom(params: URLSearchParams): FilterValues {
  const values: FilterValues = {};
  for (const name of [...TEXT_FILTERS, ...DATE_FILTERS]) {
    const value = params.get(name)?.trim();
    if (value) values[name] = value;
  }
  return values;
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function searchParamsFor(values: FilterValues, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The API wants instants: `from` is the start of that day, `to` includes the whole day. */
export function apiFilters(values: FilterValues): AuditFilters {
  const { from, to, ...text } = values;
  return {
    ...text,
    from: from && DAY.test(from) ? dutchTimeToIso(from, '00:00:00') : undefined,
    to: to && DAY.test(to) ? dutchTimeToIso(to, '23:59:59.999') : undefined,
  };
}

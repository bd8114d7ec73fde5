import type { RegistryFilters } from '../../api/registry.ts';

// Filters live in the URL (?sector=Health&province=utrecht), so a filtered register can be bookmarked and shared.
export const FILTER_NAMES = ['q', 'sector', 'classification', 'province'] as const;

export function filtersFrom(params: URLSearchParams): RegistryFilters {
  const filters: RegistryFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function searchParamsFor(
  filters: RegistryFilters,
  extra: { page?: number; entity?: string } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (extra.page && extra.page > 1) params.set('page', String(extra.page));
  if (extra.entity) params.set('entity', extra.entity);
  return params;
}

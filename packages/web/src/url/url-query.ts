import { z } from 'zod';

// Page filters live in the URL (?sector=Health&page=2), so a filtered list can be bookmarked, shared
// and reached with the back button. A URL is typed by people and kept in old bookmarks: each parameter
// is validated on its own, and one bad value falls back to its default instead of failing the page.

/** A page's query string: a zod object whose fields each read one parameter. */
export type UrlQuerySchema = z.ZodObject;
export type UrlQueryValues<S extends UrlQuerySchema> = z.output<S>;

/** The page number field every paged list uses: a whole number ≥ 1, 1 when missing or invalid. */
export const pageParam = z.coerce.number().int().min(1).catch(1);

const fieldsOf = (schema: UrlQuerySchema) => Object.entries(schema.shape) as [string, z.ZodType][];

/** The value a field takes when its parameter is absent: its default, or undefined. */
function fallback(field: z.ZodType): unknown {
  const result = field.safeParse(undefined);
  return result.success ? result.data : undefined;
}

/** Reads the query string: blank values count as absent, invalid ones fall back to the field's default. */
export function parseUrlQuery<S extends UrlQuerySchema>(schema: S, params: URLSearchParams): UrlQueryValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of fieldsOf(schema)) {
    const raw = params.get(name)?.trim() || undefined;
    const parsed = field.safeParse(raw);
    const value = parsed.success ? parsed.data : fallback(field);
    if (value !== undefined) values[name] = value;
  }
  return values as UrlQueryValues<S>;
}

/**
 * The query string for these values, in the schema's field order (stable URLs). Empty values and
 * values equal to the field's default (page 1) are left out, so the plain page keeps its plain URL.
 */
export function serialiseUrlQuery<S extends UrlQuerySchema>(
  schema: S,
  values: Partial<Record<keyof UrlQueryValues<S>, unknown>>,
): URLSearchParams {
  const params = new URLSearchParams();
  const given = values as Record<string, unknown>;
  for (const [name, field] of fieldsOf(schema)) {
    const value = given[name];
    if (value === undefined || value === null || String(value).trim() === '') continue;
    if (String(value) === String(fallback(field))) continue;
    params.set(name, String(value).trim());
  }
  return params;
}

/**
 * Values as a form submits them (strings, maybe blank or not allowed) brought into the schema:
 * what the URL would hold after a round trip, so a rejected value never reaches the address bar.
 */
export function normaliseUrlQuery<S extends UrlQuerySchema>(
  schema: S,
  values: Partial<Record<keyof UrlQueryValues<S>, unknown>>,
): URLSearchParams {
  const raw = new URLSearchParams();
  for (const [name, value] of Object.entries(values as Record<string, unknown>))
    if (value !== undefined && value !== null) raw.set(name, String(value));
  return serialiseUrlQuery(schema, parseUrlQuery(schema, raw));
}

/** `?a=1&b=2`, or a bare `?` for the plain page (a link to the same path without a query). */
export function queryHref(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '?';
}

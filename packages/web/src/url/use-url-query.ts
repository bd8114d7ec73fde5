import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  normaliseUrlQuery,
  parseUrlQuery,
  queryHref,
  serialiseUrlQuery,
  type UrlQuerySchema,
  type UrlQueryValues,
} from './url-query.ts';

type Changes<S extends UrlQuerySchema> = Partial<Record<keyof UrlQueryValues<S>, unknown>>;

export interface UrlQuery<S extends UrlQuerySchema> {
  /** The validated values of the current URL, defaults filled in. */
  values: UrlQueryValues<S>;
  /** The raw query string: a key that re-mounts a filter form when the URL changes under it. */
  key: string;
  /**
   * Replaces every parameter with these (e.g. a submitted filter form). Parameters not given are
   * dropped, the page among them: a new filter starts at page 1.
   */
  replace: (values: Changes<S>) => void;
  /** A link to this page with some values changed and the rest kept (pagination, a row's detail). */
  hrefWith: (changes: Changes<S>) => string;
}

/** Page filters in the URL, validated by a zod schema (see url-query.ts). */
export function useUrlQuery<S extends UrlQuerySchema>(schema: S): UrlQuery<S> {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // React Router keeps the same params object until the URL changes, so the values stay one object too.
  const values = useMemo(() => parseUrlQuery(schema, params), [schema, params]);
  return {
    values,
    key,
    replace: (next) => setParams(normaliseUrlQuery(schema, next)),
    hrefWith: (changes) => queryHref(serialiseUrlQuery(schema, { ...values, ...changes })),
  };
}

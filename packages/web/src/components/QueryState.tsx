import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../forms/form-errors.ts';
import { Alert } from './Alert.tsx';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph weerbaar-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

interface LoadErrorProps {
  error: unknown;
  onRetry?: () => void;
}

export function LoadError({ error, onRetry }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert type="error" heading={t('errors.title')} live="alert">
      <p className="utrecht-paragraph">{problemMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Alert>
  );
}

/** What QueryState reads of a TanStack query result. */
export interface QueryLike<T> {
  isPending: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** A list answer: a page ({ items }) or a plain array. */
function isEmptyList(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object' && data !== null && 'items' in data && Array.isArray(data.items))
    return data.items.length === 0;
  return false;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** Shown instead of the children when the answer holds nothing (an empty list or page). */
  empty?: ReactNode;
  emptyTestId?: string;
  /** Which answers count as empty; an empty list or page by default. */
  isEmpty?: (data: T) => boolean;
  /** False for reads that a retry cannot help (the page has its own way back). */
  retry?: boolean;
  /** The loaded content; without it only the loading and error states are shown. */
  children?: (data: T) => ReactNode;
}

/**
 * The states of one read in one place: loading, failed (with a retry), empty, loaded. A failed refresh
 * of data already shown keeps the data on screen under the error, so nothing the user reads vanishes.
 */
export function QueryState<T>({
  query,
  empty,
  emptyTestId,
  isEmpty = isEmptyList,
  retry = true,
  children,
}: QueryStateProps<T>) {
  const { data } = query;
  return (
    <>
      {query.isPending && <Loading />}
      {query.error != null && (
        <LoadError error={query.error} onRetry={retry ? () => void query.refetch() : undefined} />
      )}
      {data !== undefined &&
        (empty !== undefined && isEmpty(data) ? (
          <p className="utrecht-paragraph" data-testid={emptyTestId}>
            {empty}
          </p>
        ) : (
          children?.(data)
        ))}
    </>
  );
}

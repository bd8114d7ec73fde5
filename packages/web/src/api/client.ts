import type { Problem } from '@weerbaar/core/platform';

/** Every failed API call ends up as this error, carrying the server's RFC 9457 problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export const API_BASE = '/api/v1';
/** Served over https the server names it `__Host-wb_csrf`; over plain http (development) `wb_csrf`. */
export const CSRF_COOKIES = ['__Host-wb_csrf', 'wb_csrf'] as const;
export const CSRF_HEADER = 'X-CSRF-Token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
}

type UnauthorizedListener = (error: ApiError, path: string) => void;
let unauthorizedListener: UnauthorizedListener | undefined;

/** The app registers one listener (it invalidates the session); the client stays free of React. */
export function setUnauthorizedListener(listener: UnauthorizedListener | undefined): void {
  unauthorizedListener = listener;
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function toQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function apiUrl(path: string, query?: QueryParams): string {
  return `${API_BASE}${path}${toQueryString(query)}`;
}

const readCsrfCookie = () => CSRF_COOKIES.map(readCookie).find(Boolean);

// Signed double-submit CSRF: the server sets the cookie (a token for this session) on any /api response
// that came without a valid one, and again at sign-in and sign-out. A fresh tab that posts before anything
// else was fetched has no cookie yet, so fetch one first.
export async function csrfToken(): Promise<string | undefined> {
  const existing = readCsrfCookie();
  if (existing) return existing;
  await fetch(apiUrl('/sessions/current'), { credentials: 'same-origin' }).catch(() => undefined);
  return readCsrfCookie();
}

function fallbackProblem(status: number, title: string, code: string): Problem {
  return { type: 'about:blank', title, status, detail: '', code };
}

async function problemFrom(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined;
    if (body && typeof body === 'object') {
      return {
        ...fallbackProblem(response.status, response.statusText, `http_${response.status}`),
        ...body,
        status: typeof body.status === 'number' ? body.status : response.status,
      };
    }
  }
  return fallbackProblem(response.status, response.statusText || 'Error', `http_${response.status}`);
}

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const token = await csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(fallbackProblem(0, 'Network error', 'network_error'));
  }

  if (!response.ok) {
    const error = new ApiError(await problemFrom(response));
    // 401: the session is gone; mfa_enrolment_required: it must enrol MFA first (the guard sends it there).
    if (error.status === 401 || error.code === 'mfa_enrolment_required') unauthorizedListener?.(error, path);
    throw error;
  }
  if (response.status === 204 || response.status === 202) {
    // 202 may carry a body, but no caller needs it; discard so callers get a uniform void.
    return undefined as T;
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, { body: body ?? {} }),
  delete: (path: string) => apiRequest<void>('DELETE', path),
};

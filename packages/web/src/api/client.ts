import { type ApiError, errorFromResponse, toApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Query = Record<string, string | number | null | undefined>;

type ApiHandlers = {
  /** 401 `auth.required` / `auth.session_expired`: the session is gone. */
  onUnauthorized?: (error: ApiError) => void;
  /** 403 `auth.password_change_required`: the user must change the password first. */
  onPasswordChangeRequired?: (error: ApiError) => void;
};

let csrfToken: string | null = null;
let handlers: ApiHandlers = {};

/** Kept in step with the current session; sent back on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Installs the navigation reactions; returns a function that removes them. */
export function setApiHandlers(next: ApiHandlers): () => void {
  handlers = next;
  return () => {
    if (handlers === next) handlers = {};
  };
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function react(error: ApiError): void {
  if (error.status === 401 && (error.code === 'auth.required' || error.code === 'auth.session_expired')) {
    handlers.onUnauthorized?.(error);
  } else if (error.status === 403 && error.code === 'auth.password_change_required') {
    handlers.onPasswordChangeRequired?.(error);
  }
}

async function request<T>(method: Method, path: string, options: { body?: unknown; query?: Query } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (method !== 'GET') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    // Bodies are strict JSON objects on the server; an empty object stands for "no fields".
    if (method !== 'DELETE' || options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body ?? {});
    }
  }
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), { method, headers, body, credentials: 'same-origin' });
  } catch (cause) {
    throw toApiError(cause);
  }
  const payload = await readJson(response);
  if (!response.ok) {
    const error = errorFromResponse(response.status, payload);
    react(error);
    throw error;
  }
  return payload as T;
}

/** The one way the web talks to the server: JSON under /api, same-origin cookie, CSRF header on writes. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

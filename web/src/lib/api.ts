import type { z } from 'zod';
import type { Contract } from '#shared/common/contract.js';
import { pathOf } from '#shared/common/contract-path.js';
import { ApiError } from './api-error.js';
import { currentLocale, t } from './i18n.js';
import { expiryHeldByPage } from './session-expiry.js';

export { isApiError } from './api-error.js';

type AnyContract = Contract<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;
type ResponseOf<C extends AnyContract> = z.infer<C['response']>;
type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

interface CallOptions<C extends AnyContract> {
  params?: Record<string, string>;
  query?: Partial<InputOf<C['query']>>;
  body?: InputOf<C['body']>;
  /** Do not send the person to the login page on 401 (the session probe and the login itself). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

// The CSRF token lives in memory only: it comes with /api/auth/login and /api/auth/me.
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

let onUnauthenticated: () => void = () => {};
/** The app decides what a lost session means (clear the cached session, go to /login). */
export const setUnauthenticatedHandler = (handler: () => void) => {
  onUnauthenticated = handler;
};

function urlOf(contract: AnyContract, options: CallOptions<AnyContract>): string {
  const search = new URLSearchParams();
  // Query strings are flat: every contract's query schema holds strings, numbers and booleans only.
  const entries = Object.entries<string | number | boolean | null | undefined>(options.query ?? {});
  for (const [key, value] of entries) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return pathOf(contract, options.params) + (query ? `?${query}` : '');
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  // Fetched when the first error comes (the login page loads without zod: components/plain/index.ts).
  const parsed = await import('#shared/common/errors.schemas.js')
    .then(({ apiErrorSchema }) => apiErrorSchema.safeParse(body))
    .catch(() => undefined);
  if (parsed?.success) {
    const { code, message, issues, attemptsLeft } = parsed.data.error;
    return new ApiError(response.status, code, message, issues, attemptsLeft);
  }
  return new ApiError(response.status, 'internal', t('ui.errors.unexpected'));
}

/** Calls one endpoint of the shared contracts; the result is typed by the contract's response schema. */
export async function call<C extends AnyContract>(contract: C, options: CallOptions<C> = {}): Promise<ResponseOf<C>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale() };
  if (contract.method !== 'get') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(urlOf(contract, options), {
      method: contract.method.toUpperCase(),
      credentials: 'same-origin',
      headers,
      body: contract.method === 'get' ? undefined : JSON.stringify(options.body ?? {}),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', t('ui.errors.network'));
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (error.status === 401 && error.code === 'unauthenticated' && !options.quiet401 && !expiryHeldByPage())
      onUnauthenticated();
    throw error;
  }
  return (await response.json()) as ResponseOf<C>;
}

/**
 * Sends a file as the raw request body (the attachment endpoints take the bytes as they are,
 * with the file name in the query), with the session's CSRF token.
 */
export async function upload<C extends AnyContract>(
  contract: C,
  file: Blob,
  options: Omit<CallOptions<C>, 'body'> = {},
): Promise<ResponseOf<C>> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
    'Content-Type': file.type || 'application/octet-stream',
  };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(urlOf(contract, options), {
      method: contract.method.toUpperCase(),
      credentials: 'same-origin',
      headers,
      body: file,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', t('ui.errors.network'));
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (error.status === 401 && error.code === 'unauthenticated' && !expiryHeldByPage()) onUnauthenticated();
    throw error;
  }
  return (await response.json()) as ResponseOf<C>;
}

/** The address of a GET endpoint, for plain links (downloads). */
export const hrefOf = <C extends AnyContract>(contract: C, params: Record<string, string>) => pathOf(contract, params);

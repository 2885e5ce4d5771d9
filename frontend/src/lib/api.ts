import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/schema';
import { ApiError, toApiError } from './errors';
import { currentLanguage } from './i18n';

/**
 * Same-origin client: the token lives in an HttpOnly cookie the server sets, so the SPA never sees it and
 * sends nothing but the cookie (credentials: same-origin).
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

let onUnauthorized: (() => void) | undefined;

/** Called when any request other than login/me answers 401: the session ended, go back to the login page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !/\/api\/v1\/(auth\/login|me)$/.test(new URL(request.url, 'http://x').pathname)) {
      onUnauthorized?.();
    }
    return response;
  },
};
api.use(language);

type Result<D> = { data?: D; error?: unknown; response: Response };

/** Resolves to the data, or throws an ApiError carrying the problem (network failures are status 0). */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  let result: Result<D>;
  try {
    result = await call;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(0, { type: 'about:blank', title: '', status: 0, detail: e instanceof Error ? e.message : '' });
  }
  const { data, error, response } = result;
  if (!response.ok) throw toApiError(response.status, error, response.headers);
  return data as D;
}

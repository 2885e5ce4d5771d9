import type { FieldError, Problem } from '../api/types';

/** A failed API call: the RFC 9457 problem the server sent (or one made up for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from Retry-After on 429, when given. */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

function isProblemBody(body: unknown): body is Partial<Problem> {
  return typeof body === 'object' && body !== null && ('title' in body || 'detail' in body || 'errors' in body);
}

export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds an ApiError from a response and its parsed body, whatever shape the body has. */
export function toApiError(status: number, body: unknown, headers?: Headers): ApiError {
  const retryAfter = parseRetryAfter(headers?.get('Retry-After'));
  if (isProblemBody(body)) {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter((e): e is FieldError => typeof e?.field === 'string' && typeof e?.message === 'string')
      : undefined;
    return new ApiError(
      status,
      {
        type: typeof body.type === 'string' ? body.type : 'about:blank',
        title: typeof body.title === 'string' ? body.title : '',
        status: typeof body.status === 'number' ? body.status : status,
        ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
        ...(errors ? { errors } : {}),
        ...(Array.isArray(body.allowedActions) ? { allowedActions: body.allowedActions } : {}),
      },
      retryAfter,
    );
  }
  return new ApiError(status, { type: 'about:blank', title: '', status }, retryAfter);
}

/** The i18n key that explains a status when the server sent no readable title. */
export function statusMessageKey(status: number): string {
  switch (status) {
    case 0:
      return 'errors.network';
    case 400:
      return 'errors.badRequest';
    case 401:
      return 'errors.unauthorized';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 412:
      return 'errors.stale';
    case 422:
      return 'errors.unprocessable';
    case 428:
      return 'errors.preconditionRequired';
    case 429:
      return 'errors.tooMany';
    default:
      return status >= 500 ? 'errors.server' : 'errors.generic';
  }
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Title and message for a notification. Stale writes always get our own clear advice. */
export function describeError(err: unknown, t: Translate): { title: string; message: string } {
  if (err instanceof ApiError) {
    const fallback = t(statusMessageKey(err.status));
    if (err.status === 412 || err.status === 0) return { title: t('errors.generic'), message: fallback };
    const title = err.problem.title || t('errors.generic');
    const message = err.problem.detail || (err.problem.title ? fallback : fallback);
    return { title, message: message === title ? fallback : message };
  }
  return {
    title: t('errors.generic'),
    message: err instanceof Error && err.message ? err.message : t('errors.generic'),
  };
}

/**
 * Matches the server's field names (`username`, `body.username`, `createUser.arg0.username`, `items[0].name`)
 * to a form's fields. What cannot be matched is returned so that the caller can still show it.
 */
export function mapFieldErrors(
  errors: readonly FieldError[] | undefined,
  formFields: readonly string[],
): { fields: Record<string, string>; unmatched: FieldError[] } {
  const fields: Record<string, string> = {};
  const unmatched: FieldError[] = [];
  for (const e of errors ?? []) {
    const name = matchField(e.field, formFields);
    if (name === undefined) unmatched.push(e);
    else if (fields[name] === undefined) fields[name] = e.message;
    else fields[name] = `${fields[name]} ${e.message}`;
  }
  return { fields, unmatched };
}

function matchField(field: string, formFields: readonly string[]): string | undefined {
  if (formFields.includes(field)) return field;
  const parts = field.split('.');
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join('.');
    if (formFields.includes(tail)) return tail;
  }
  return undefined;
}

/** Conflicts that are about one field although the server sends no `errors` for them. */
const FIELD_OF_PROBLEM_TYPE: Record<string, string> = {
  'urn:thidua:problem:code-taken': 'code',
  'urn:thidua:problem:username-taken': 'username',
};

/** What a problem says about a form's fields: its `errors`, or the field a known conflict type is about. */
export function problemFieldErrors(problem: Problem, formFields: readonly string[]): Record<string, string> {
  const { fields } = mapFieldErrors(problem.errors, formFields);
  const field = FIELD_OF_PROBLEM_TYPE[problem.type];
  if (field && formFields.includes(field) && fields[field] === undefined) {
    fields[field] = problem.detail || problem.title;
  }
  return fields;
}

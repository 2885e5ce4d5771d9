import { describe, expect, it } from 'vitest';
import {
  ApiError,
  describeError,
  mapFieldErrors,
  parseRetryAfter,
  problemFieldErrors,
  statusMessageKey,
  toApiError,
} from './errors';

const t = (k: string, o?: Record<string, unknown>) => (o ? `${k}:${JSON.stringify(o)}` : k);

describe('toApiError', () => {
  it('keeps the problem the server sent', () => {
    const e = toApiError(400, {
      type: 'https://thidua/validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Có 1 lỗi',
      errors: [{ field: 'code', message: 'Mã đã tồn tại' }],
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(400);
    expect(e.problem.title).toBe('Dữ liệu không hợp lệ');
    expect(e.problem.errors).toEqual([{ field: 'code', message: 'Mã đã tồn tại' }]);
  });
  it('copes with bodies that are not problems', () => {
    const e = toApiError(502, 'Bad gateway');
    expect(e.status).toBe(502);
    expect(e.problem.title).toBe('');
  });
  it('reads Retry-After on 429', () => {
    const e = toApiError(429, { title: 'Too many', status: 429 }, new Headers({ 'Retry-After': '42' }));
    expect(e.retryAfter).toBe(42);
  });
});

describe('parseRetryAfter', () => {
  it('accepts seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('mapFieldErrors', () => {
  const fields = ['code', 'name', 'parentId'];
  it('maps plain and qualified field names onto form fields', () => {
    const { fields: mapped, unmatched } = mapFieldErrors(
      [
        { field: 'code', message: 'Mã đã tồn tại' },
        { field: 'createOrgUnit.body.name', message: 'Không được để trống' },
        { field: 'somethingElse', message: 'x' },
      ],
      fields,
    );
    expect(mapped).toEqual({ code: 'Mã đã tồn tại', name: 'Không được để trống' });
    expect(unmatched).toEqual([{ field: 'somethingElse', message: 'x' }]);
  });
  it('joins two messages for one field', () => {
    const { fields: mapped } = mapFieldErrors(
      [
        { field: 'code', message: 'A.' },
        { field: 'code', message: 'B.' },
      ],
      fields,
    );
    expect(mapped.code).toBe('A. B.');
  });
  it('handles no errors', () => expect(mapFieldErrors(undefined, fields)).toEqual({ fields: {}, unmatched: [] }));
});

describe('describeError', () => {
  it('shows the server title and detail', () => {
    const e = toApiError(409, { title: 'Xung đột', status: 409, detail: 'Mã TN01 đã có' });
    expect(describeError(e, t)).toEqual({ title: 'Xung đột', message: 'Mã TN01 đã có' });
  });
  it('explains stale writes in our own words', () => {
    const e = toApiError(412, { title: 'Precondition Failed', status: 412 });
    expect(describeError(e, t).message).toBe('errors.stale');
  });
  it('falls back to a message per status', () => {
    expect(describeError(toApiError(403, null), t).message).toBe('errors.forbidden');
    expect(statusMessageKey(503)).toBe('errors.server');
    expect(statusMessageKey(0)).toBe('errors.network');
  });
});

describe('problemFieldErrors', () => {
  it('puts a taken code on the code field', () => {
    const e = toApiError(409, {
      type: 'urn:thidua:problem:code-taken',
      title: 'Mã đơn vị đã tồn tại',
      status: 409,
      detail: 'Mã "TNH" đã được dùng.',
    });
    expect(problemFieldErrors(e.problem, ['code', 'name'])).toEqual({ code: 'Mã "TNH" đã được dùng.' });
  });
  it('uses the validation errors as they come', () => {
    const e = toApiError(400, {
      type: 'urn:thidua:problem:validation',
      title: 'x',
      status: 400,
      errors: [{ field: 'name', message: 'Bắt buộc' }],
    });
    expect(problemFieldErrors(e.problem, ['code', 'name'])).toEqual({ name: 'Bắt buộc' });
  });
});

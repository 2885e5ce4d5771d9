import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRetryable, MAX_DELAY_MS, retryDelay } from './backoff';
import { resetOutboxDbForTests } from './db';
import { enqueue, flush, listItems, makeDue, removeItem, updateDraft } from './outbox';

describe('retry delays', () => {
  it('grow exponentially with jitter, never below a second and never above the cap', () => {
    expect(retryDelay(1, () => 0)).toBe(2_000);
    expect(retryDelay(1, () => 1)).toBe(4_000);
    expect(retryDelay(3, () => 1)).toBe(16_000);
    expect(retryDelay(50, () => 1)).toBe(MAX_DELAY_MS);
    expect(retryDelay(0, () => 0)).toBeGreaterThanOrEqual(1_000);
  });
  it('retry network failures, throttling and server errors, not refusals', () => {
    for (const s of [0, 401, 408, 429, 500, 503]) expect(isRetryable(s)).toBe(true);
    for (const s of [400, 403, 404, 409, 422]) expect(isRetryable(s)).toBe(false);
  });
});

describe('the outbox', () => {
  const calls: { key: string | null; body: unknown }[] = [];
  let answers: (() => Promise<Response>)[] = [];

  beforeEach(async () => {
    calls.length = 0;
    answers = [];
    resetOutboxDbForTests();
    for (const i of await listItems()) await removeItem(i.id);
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      calls.push({ key: new Headers(init.headers).get('Idempotency-Key'), body: JSON.parse(String(init.body)) });
      const next = answers.shift();
      return next ? next() : Promise.reject(new TypeError('offline'));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const json = (status: number, body: unknown) => () =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

  it('keeps a draft while offline and sends it later with the key fixed when it was made', async () => {
    const id = await enqueue('activity', 'canbo.xa', 'Tặng quà', { type: 'GIFT_VISIT', title: 'Tặng quà' });
    await enqueue('activity', 'canbo.xa', 'Tặng quà', { type: 'GIFT_VISIT', title: 'Tặng quà' }, [], id); // double tap
    expect(await listItems('canbo.xa')).toHaveLength(1);

    await flush('canbo.xa'); // offline
    let [item] = await listItems('canbo.xa');
    expect(item!.attempts).toBe(1);
    expect(item!.nextAttemptAt).toBeGreaterThan(Date.now());

    await flush('canbo.xa'); // not due yet: nothing is sent (no tight loop)
    expect(calls).toHaveLength(1);

    answers.push(json(201, { id: 7 }));
    await makeDue('canbo.xa');
    await flush('canbo.xa');
    expect(calls.map((c) => c.key)).toEqual([id, id]);
    expect(await listItems('canbo.xa')).toHaveLength(0);
  });

  it('keeps a refused record with the server message, and sends it again once edited', async () => {
    const id = await enqueue('communication', 'canbo.xa', 'Bài viết', { channel: 'WEBSITE', title: 'Bài viết' });
    answers.push(json(400, { title: 'Dữ liệu không hợp lệ', status: 400, errors: [{ field: 'url', message: 'Cần đường dẫn' }] }));
    await flush('canbo.xa');
    let [item] = await listItems('canbo.xa');
    expect(item!.status).toBe('refused');
    expect(item!.error!.errors![0]!.field).toBe('url');

    await flush('canbo.xa'); // a refused record is not resent by itself
    expect(calls).toHaveLength(1);

    await updateDraft(id, 'Bài viết', { channel: 'WEBSITE', title: 'Bài viết', url: 'https://x.vn/a' });
    answers.push(json(201, { id: 9 }));
    await flush('canbo.xa');
    expect(calls[1]!.body).toMatchObject({ url: 'https://x.vn/a' });
    expect(await listItems('canbo.xa')).toHaveLength(0);
  });

  it("sends only the logged-in user's records", async () => {
    await enqueue('activity', 'canbo.xa2', 'Của người khác', { title: 'x' });
    await flush('canbo.xa');
    expect(calls).toHaveLength(0);
    expect(await listItems()).toHaveLength(1);
  });
});

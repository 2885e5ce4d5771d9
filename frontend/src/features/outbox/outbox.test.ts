import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRetryable, MAX_DELAY_MS, retryDelay } from './backoff';
import { type OutboxPhoto, resetOutboxDbForTests as reopen } from './db';
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
  const calls: { url: string; key: string | null; body: unknown }[] = [];
  let answers: (() => Promise<Response>)[] = [];

  beforeEach(async () => {
    calls.length = 0;
    answers = [];
    reopen();
    for (const i of await listItems()) await removeItem(i.id);
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      const body = init.body instanceof FormData ? init.body : JSON.parse(String(init.body));
      calls.push({ url, key: new Headers(init.headers).get('Idempotency-Key'), body });
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

  const photo = (name: string, bytes = 3): OutboxPhoto => ({
    id: crypto.randomUUID(),
    name,
    type: 'image/jpeg',
    blob: new Blob([new Uint8Array(bytes).fill(0xff)], { type: 'image/jpeg' }),
  });
  const uploaded = () => calls.filter((c) => c.url.endsWith('/attachments'));
  const fileOf = (c: { body: unknown }) => (c.body as FormData).get('file') as File;

  it('uploads the photos after the record exists, each with its own key, then forgets the item', async () => {
    const a = photo('anh-1.jpg', 5);
    const b = photo('anh-2.jpg', 7);
    const id = await enqueue('activity', 'canbo.xa', 'Tặng quà', { type: 'GIFT_VISIT' }, [a, b]);
    answers.push(json(201, { id: 7 }), json(201, { id: 70 }), json(201, { id: 71 }));
    await flush('canbo.xa');
    expect(calls.map((c) => [c.url, c.key])).toEqual([
      ['/api/v1/activities', id],
      ['/api/v1/activities/7/attachments', a.id],
      ['/api/v1/activities/7/attachments', b.id],
    ]);
    expect(fileOf(calls[1]!).name).toBe('anh-1.jpg');
    expect(fileOf(calls[1]!).size).toBe(5);
    expect(await listItems('canbo.xa')).toHaveLength(0);
  });

  it('keeps the photos through a failed upload and a reload, retries them later, and never posts the record twice', async () => {
    const a = photo('anh-1.jpg', 4);
    const b = photo('anh-2.jpg', 6);
    await enqueue('communication', 'canbo.xa', 'Bài báo', { channel: 'NEWSPAPER' }, [a, b]);
    answers.push(json(201, { id: 9 })); // the record arrives, then the network drops
    await flush('canbo.xa');
    let [item] = await listItems('canbo.xa');
    expect(item!.recordId).toBe(9);
    expect(item!.photos).toHaveLength(2);
    expect(item!.attempts).toBe(1);
    expect(item!.nextAttemptAt).toBeGreaterThan(Date.now());

    await flush('canbo.xa'); // not due yet: no tight loop
    expect(calls).toHaveLength(2);

    reopen(); // the page was reloaded: everything comes back from IndexedDB
    [item] = await listItems('canbo.xa');
    expect(item!.photos.map((p) => p.name)).toEqual(['anh-1.jpg', 'anh-2.jpg']);
    expect(item!.photos[1]!.blob.size).toBe(6);

    answers.push(json(503, { title: 'Bảo trì', status: 503 })); // a server error: backoff again
    await makeDue('canbo.xa');
    await flush('canbo.xa');
    [item] = await listItems('canbo.xa');
    expect(item!.attempts).toBe(2);
    expect(item!.error?.title).toBe('Bảo trì');

    answers.push(json(201, { id: 90 }), json(201, { id: 91 }));
    await makeDue('canbo.xa');
    await flush('canbo.xa');
    expect(calls.filter((c) => c.url === '/api/v1/communications')).toHaveLength(1);
    expect(uploaded().map((c) => c.key)).toEqual([a.id, a.id, a.id, b.id]);
    expect(fileOf(uploaded()[3]!).size).toBe(6);
    expect(await listItems('canbo.xa')).toHaveLength(0);
  });

  it('keeps a refused photo with the server message and sends the others', async () => {
    const bad = photo('chuong-trinh.jpg');
    const good = photo('anh.jpg');
    await enqueue('activity', 'canbo.xa', 'Giao lưu', { type: 'EXCHANGE' }, [bad, good]);
    answers.push(
      json(201, { id: 5 }),
      json(415, { title: 'Loại tệp không được nhận', status: 415, detail: 'Chỉ nhận ảnh JPEG, PNG, WebP.' }),
      json(201, { id: 50 }),
    );
    await flush('canbo.xa');
    expect(uploaded()).toHaveLength(2);
    const [item] = await listItems('canbo.xa');
    expect(item!.status).toBe('refused');
    expect(item!.photos.map((p) => p.name)).toEqual(['chuong-trinh.jpg']);
    expect(item!.photos[0]!.error).toMatchObject({ status: 415, title: 'Loại tệp không được nhận' });

    await makeDue('canbo.xa');
    await flush('canbo.xa'); // a refusal is not resent by itself, and the record is not posted again
    expect(calls).toHaveLength(3);
  });
});

import type { FieldError } from '../../api/types';
import { currentLanguage } from '../../lib/i18n';
import { newUuid } from '../../lib/uuid';
import { isRetryable, retryDelay } from './backoff';
import { outboxDb, type OutboxItem, type OutboxKind, type OutboxPhoto, type OutboxProblem } from './db';

/**
 * The outbox: every record made on this device is first written here (IndexedDB), then sent with its
 * Idempotency-Key — now if the network is up, otherwise when it returns. Retries, double taps and a second
 * tab therefore create one record on the server. What the server refuses stays here, editable, with its message.
 * Photos travel with the draft as Blobs; once the record exists (2xx) they are uploaded one by one to its
 * attachments, each with its own Idempotency-Key and the same backoff; a refused photo stays with its message.
 */

const ENDPOINT: Record<OutboxKind, string> = {
  activity: '/api/v1/activities',
  communication: '/api/v1/communications',
};
const LEASE_MS = 60_000;
const LOCK_NAME = 'thidua-outbox-send';

type Listener = () => void;
const listeners = new Set<Listener>();
const channel: BroadcastChannel | undefined =
  typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('thidua-outbox') : undefined;
channel?.addEventListener('message', () => emit(false));

function emit(broadcast = true) {
  for (const l of listeners) l();
  if (broadcast) channel?.postMessage('changed');
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type SentHandler = (kind: OutboxKind, record: { id: number }, item: OutboxItem) => void;
let onSent: SentHandler | undefined;
export function setSentHandler(h: SentHandler | undefined): void {
  onSent = h;
}

/** Called when a photo has reached its record (to refresh what shows the record's attachments). */
export type PhotoSentHandler = (kind: OutboxKind, recordId: number, photo: OutboxPhoto) => void;
let onPhotoSent: PhotoSentHandler | undefined;
export function setPhotoSentHandler(h: PhotoSentHandler | undefined): void {
  onPhotoSent = h;
}

/** The URL the record's attachments are posted to. */
export function attachmentsUrl(kind: OutboxKind, recordId: number): string {
  return `${ENDPOINT[kind]}/${recordId}/attachments`;
}

export async function listItems(owner?: string): Promise<OutboxItem[]> {
  const all = await (await outboxDb()).getAll('outbox');
  return all.filter((i) => owner === undefined || i.owner === owner).sort((a, b) => a.createdAt - b.createdAt);
}

export async function getItem(id: string): Promise<OutboxItem | undefined> {
  return (await outboxDb()).get('outbox', id);
}

/** Keeps the draft (with its photos) and returns its id = Idempotency-Key. */
export async function enqueue(
  kind: OutboxKind,
  owner: string,
  title: string,
  body: Record<string, unknown>,
  photos: OutboxPhoto[] = [],
  id: string = newUuid(),
): Promise<string> {
  const item: OutboxItem = {
    id,
    kind,
    owner,
    title,
    body,
    photos,
    createdAt: Date.now(),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    leaseUntil: 0,
  };
  const db = await outboxDb();
  // a double tap on "save" puts the same id twice: the second write changes nothing
  const tx = db.transaction('outbox', 'readwrite');
  if (!(await tx.store.get(id))) await tx.store.put(item);
  await tx.done;
  void requestPersistence();
  emit();
  return id;
}

/**
 * An edited refused draft goes back in line with the same key (a refusal stored nothing on the server);
 * `photos`, when given, replace the draft's photos.
 */
export async function updateDraft(
  id: string,
  title: string,
  body: Record<string, unknown>,
  photos?: OutboxPhoto[],
): Promise<void> {
  const db = await outboxDb();
  const tx = db.transaction('outbox', 'readwrite');
  const item = await tx.store.get(id);
  if (item && item.recordId === undefined) {
    await tx.store.put({
      ...item,
      title,
      body,
      ...(photos ? { photos } : {}),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      error: undefined,
    });
  }
  await tx.done;
  emit();
}

export async function removeItem(id: string): Promise<void> {
  await (await outboxDb()).delete('outbox', id);
  emit();
}

let persistenceAsked = false;
/** Ask the browser not to evict the outbox under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  if (persistenceAsked) return true;
  persistenceAsked = true;
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Takes the item for this tab unless another tab holds it; returns it when taken. */
async function lease(id: string, now: number): Promise<OutboxItem | undefined> {
  const db = await outboxDb();
  const tx = db.transaction('outbox', 'readwrite');
  const item = await tx.store.get(id);
  if (!item || item.status !== 'pending' || item.leaseUntil > now || item.nextAttemptAt > now) {
    await tx.done;
    return undefined;
  }
  const taken = { ...item, leaseUntil: now + LEASE_MS };
  await tx.store.put(taken);
  await tx.done;
  return taken;
}

async function settle(id: string, change: Partial<OutboxItem>): Promise<void> {
  const db = await outboxDb();
  const tx = db.transaction('outbox', 'readwrite');
  const item = await tx.store.get(id);
  if (item) await tx.store.put({ ...item, ...change, leaseUntil: 0 });
  await tx.done;
}

interface SendResult {
  status: number;
  body: unknown;
}

async function post(item: OutboxItem): Promise<SendResult> {
  try {
    const res = await fetch(ENDPOINT[item.kind], {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, application/problem+json',
        'Accept-Language': currentLanguage(),
        'Idempotency-Key': item.id,
      },
      body: JSON.stringify(item.body),
    });
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    return { status: res.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

/** One photo to the record's attachments (multipart, field `file`), keyed so a resend stores it once. */
async function upload(kind: OutboxKind, recordId: number, photo: OutboxPhoto): Promise<SendResult> {
  try {
    const form = new FormData();
    form.append('file', photo.blob, photo.name);
    const res = await fetch(attachmentsUrl(kind, recordId), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': currentLanguage(),
        'Idempotency-Key': photo.id,
      },
      body: form,
    });
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    return { status: res.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

function problemOf(status: number, body: unknown): OutboxProblem {
  const b = (typeof body === 'object' && body ? body : {}) as Record<string, unknown>;
  return {
    status,
    title: typeof b.title === 'string' ? b.title : String(status),
    ...(typeof b.detail === 'string' ? { detail: b.detail } : {}),
    ...(Array.isArray(b.errors) ? { errors: b.errors as FieldError[] } : {}),
  };
}

/** Writes a change to the item while this tab still holds its lease. */
async function change(id: string, f: (item: OutboxItem) => OutboxItem): Promise<OutboxItem | undefined> {
  const db = await outboxDb();
  const tx = db.transaction('outbox', 'readwrite');
  const item = await tx.store.get(id);
  const next = item ? f(item) : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

type PhotosOutcome = 'done' | 'retry' | 'offline';

/**
 * Uploads the photos of an item whose record exists, in order. Each sent photo leaves the item at once (a
 * reload never sends it again); a refused one stays with the server's message; a network failure or a
 * server error puts the item back on its backoff. The item goes when nothing is left to send or show.
 */
async function sendPhotos(item: OutboxItem & { recordId: number }): Promise<PhotosOutcome> {
  for (const photo of item.photos) {
    if (photo.error) continue;
    const { status, body } = await upload(item.kind, item.recordId, photo);
    if (status >= 200 && status < 300) {
      await change(item.id, (i) => ({ ...i, photos: i.photos.filter((p) => p.id !== photo.id) }));
      onPhotoSent?.(item.kind, item.recordId, photo);
      emit();
    } else if (isRetryable(status)) {
      const attempts = item.attempts + 1;
      await settle(item.id, {
        attempts,
        nextAttemptAt: Date.now() + retryDelay(attempts),
        error: status === 0 ? undefined : problemOf(status, body),
      });
      emit();
      return status === 0 ? 'offline' : 'retry';
    } else {
      const error = problemOf(status, body);
      await change(item.id, (i) => ({ ...i, photos: i.photos.map((p) => (p.id === photo.id ? { ...p, error } : p)) }));
      emit();
    }
  }
  const left = (await getItem(item.id))?.photos ?? [];
  if (left.length === 0) {
    await removeItem(item.id);
  } else {
    // only refused photos are left: they wait, with their messages, until the user drops them
    await settle(item.id, { status: 'refused', error: left[0]!.error });
    emit();
  }
  return 'done';
}

/** Sends what is due for this user, one item at a time. Never throws. */
async function sendDue(owner: string): Promise<void> {
  const items = await listItems(owner);
  for (const candidate of items) {
    const now = Date.now();
    let item = await lease(candidate.id, now);
    if (!item) continue;
    if (item.recordId !== undefined) {
      if ((await sendPhotos({ ...item, recordId: item.recordId })) === 'offline') break;
      continue;
    }
    const { status, body } = await post(item);
    if (status >= 200 && status < 300) {
      const record = body as { id: number };
      onSent?.(item.kind, record, item);
      if (!item.photos.length) {
        await removeItem(item.id);
        continue;
      }
      // the record is there: from now on only its photos are sent (the record is never posted again)
      item = await change(item.id, (i) => ({ ...i, recordId: record.id, attempts: 0, nextAttemptAt: 0, error: undefined }));
      emit();
      if (!item || item.recordId === undefined) continue;
      if ((await sendPhotos({ ...item, recordId: item.recordId })) === 'offline') break;
    } else if (isRetryable(status)) {
      const attempts = item.attempts + 1;
      await settle(item.id, {
        attempts,
        nextAttemptAt: Date.now() + retryDelay(attempts),
        error: status === 0 ? undefined : problemOf(status, body),
      });
      emit();
      if (status === 0) break; // offline: the rest would fail the same way
    } else {
      await settle(item.id, { status: 'refused', error: problemOf(status, body) });
      emit();
    }
  }
}

let running: Promise<void> | undefined;

/** One flush at a time per tab, and one tab at a time where the Web Locks API exists. */
export function flush(owner: string): Promise<void> {
  if (running) return running;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const work = locks
    ? locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
        if (lock) await sendDue(owner);
      })
    : sendDue(owner);
  running = Promise.resolve(work)
    .catch(() => undefined)
    .then(() => {
      running = undefined;
    });
  return running;
}

/** Makes every item due now (the "send now" button and the online event). */
export async function makeDue(owner: string): Promise<void> {
  const db = await outboxDb();
  const tx = db.transaction('outbox', 'readwrite');
  for (const item of await tx.store.getAll()) {
    if (item.owner === owner && item.status === 'pending') await tx.store.put({ ...item, nextAttemptAt: 0 });
  }
  await tx.done;
}

/** The next time something is due, for the retry timer. */
export async function nextDueAt(owner: string): Promise<number | undefined> {
  const due = (await listItems(owner)).filter((i) => i.status === 'pending').map((i) => Math.max(i.nextAttemptAt, i.leaseUntil));
  return due.length ? Math.min(...due) : undefined;
}

/** Saves the outbox as a JSON file (photos as data URLs): the last resort before a phone is reset. */
export async function exportJson(owner?: string): Promise<string> {
  const items = await listItems(owner);
  const out = [];
  for (const i of items) {
    const photos = [];
    for (const p of i.photos) photos.push({ name: p.name, type: p.type, dataUrl: await blobToDataUrl(p.blob) });
    out.push({ ...i, photos });
  }
  return JSON.stringify({ app: 'ThiDua', exportedAt: new Date().toISOString(), items: out }, null, 2);
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FieldError } from '../../api/types';

export type OutboxKind = 'activity' | 'communication';

/**
 * A photo (or document) taken with the draft, kept as a Blob until the record exists and it can be uploaded.
 * `id` is the upload's Idempotency-Key, so a retry after a lost answer stores it once.
 */
export interface OutboxPhoto {
  id: string;
  name: string;
  type: string;
  blob: Blob;
  /** The server refused this file (type, size, record no longer editable): it waits here with the message. */
  error?: OutboxProblem;
}

export interface OutboxProblem {
  status: number;
  title: string;
  detail?: string;
  errors?: FieldError[];
}

export type OutboxStatus = 'pending' | 'refused';

/** A record saved on the phone and not yet on the server. `id` is its Idempotency-Key, fixed at creation. */
export interface OutboxItem {
  id: string;
  kind: OutboxKind;
  /** Who saved it: only that user's session sends it. */
  owner: string;
  title: string;
  body: Record<string, unknown>;
  photos: OutboxPhoto[];
  createdAt: number;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  /** Another tab is sending it until then. */
  leaseUntil: number;
  /** Set once the server has the record: what is left are its photos to upload. */
  recordId?: number;
  error?: OutboxProblem;
}

interface OutboxDb extends DBSchema {
  outbox: { key: string; value: OutboxItem };
  meta: { key: string; value: { key: string; value: unknown } };
}

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | undefined;

export function outboxDb(): Promise<IDBPDatabase<OutboxDb>> {
  dbPromise ??= openDB<OutboxDb>('thidua-outbox', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'id' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  return dbPromise;
}

/** Tests only: forget the open connection. */
export function resetOutboxDbForTests(): void {
  dbPromise = undefined;
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  const row = await (await outboxDb()).get('meta', key);
  return row?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await (await outboxDb()).put('meta', { key, value });
}

export async function deleteMeta(key: string): Promise<void> {
  await (await outboxDb()).delete('meta', key);
}

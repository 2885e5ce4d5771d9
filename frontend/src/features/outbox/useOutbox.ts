import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify';
import { useCurrentUser } from '../auth/useMe';
import type { OutboxItem } from './db';
import { attachmentsKey } from '../attachments/queries';
import { flush, listItems, makeDue, nextDueAt, setPhotoSentHandler, setSentHandler, subscribe } from './outbox';

/** This user's outbox items, kept current across tabs. */
export function useOutboxItems(): OutboxItem[] | undefined {
  const user = useCurrentUser();
  const [items, setItems] = useState<OutboxItem[]>();
  useEffect(() => {
    let alive = true;
    const load = () =>
      void listItems(user.username).then((list) => {
        if (alive) setItems(list);
      });
    load();
    const off = subscribe(load);
    return () => {
      alive = false;
      off();
    };
  }, [user.username]);
  return items;
}

const POLL_MS = 30_000;

/**
 * Sends the outbox in the background while the app is open: at start, when the network comes back, when the
 * tab is shown again, and on a timer set to the next item's backoff (never a tight loop). Warns before the
 * page closes while records are waiting.
 */
export function OutboxRunner() {
  const user = useCurrentUser();
  const qc = useQueryClient();
  const { t } = useTranslation();
  const items = useOutboxItems();
  const waiting = items?.length ?? 0;

  useEffect(() => {
    setSentHandler((kind, _record, item) => {
      void qc.invalidateQueries({ queryKey: [kind === 'activity' ? 'activities' : 'communications'] });
      notifySuccess(t('outbox.sentMsg', { title: item.title }));
    });
    setPhotoSentHandler((kind, recordId) => {
      void qc.invalidateQueries({ queryKey: attachmentsKey(kind === 'activity' ? 'activities' : 'communications', recordId) });
    });
    return () => {
      setSentHandler(undefined);
      setPhotoSentHandler(undefined);
    };
  }, [qc, t]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const schedule = async () => {
      if (stopped) return;
      clearTimeout(timer);
      const due = await nextDueAt(user.username);
      if (due === undefined || stopped) return;
      const wait = Math.min(POLL_MS, Math.max(1_000, due - Date.now()));
      timer = setTimeout(() => void run(), wait);
    };
    const run = async () => {
      await flush(user.username);
      await schedule();
    };
    const online = () => void makeDue(user.username).then(run);
    const visible = () => {
      if (document.visibilityState === 'visible') void run();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', visible);
    const off = subscribe(() => void schedule());
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      off();
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [user.username]);

  useEffect(() => {
    if (!waiting) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [waiting]);

  return null;
}

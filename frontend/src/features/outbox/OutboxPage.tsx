import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { ActivityForm } from '../activities/ActivityForm';
import { CommunicationForm } from '../communications/CommunicationForm';
import type { OutboxItem } from './db';
import { exportJson, flush, makeDue, removeItem } from './outbox';
import { useOutboxItems } from './useOutbox';
import '../attachments/i18n';

/** What waits on this device: pending ones are sent by themselves; refused ones wait here to be fixed. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const items = useOutboxItems();
  const units = useSubtree(me.orgUnitId, null);
  const [editing, setEditing] = useState<OutboxItem | null>(null);

  const sendNow = async () => {
    await makeDue(me.username);
    await flush(me.username);
  };
  const save = async () => {
    const json = await exportJson(me.username);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `thidua-cho-gui-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const discard = (i: OutboxItem) => {
    const question = i.recordId === undefined ? 'outbox.discardConfirm' : 'outbox.discardPhotosConfirm';
    if (window.confirm(t(question, { title: i.title }))) void removeItem(i.id);
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('outbox.title')}
      </Title>
      <Text size="sm">{t('outbox.intro')}</Text>
      <Group gap="xs">
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => void sendNow()} disabled={!items?.length}>
          {t('outbox.sendNow')}
        </Button>
        <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void save()} disabled={!items?.length}>
          {t('outbox.saveFile')}
        </Button>
      </Group>
      {items && items.length === 0 && <Text c="dimmed">{t('outbox.empty')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(items ?? []).map((i) => (
          <Paper key={i.id} withBorder p="sm" component="li" data-testid="outbox-item">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {i.title}
                </Text>
                <Badge color={i.status === 'refused' ? 'redCross.8' : 'orange.9'} variant="filled" style={{ textTransform: 'none' }}>
                  {i.status === 'refused' ? t('outbox.refused') : t('outbox.pending')}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {i.kind === 'activity' ? t('nav.activities') : t('nav.communications')} ·{' '}
                {formatDate(String(i.body.startDate ?? i.body.publishedOn ?? ''))}
                {i.attempts ? ` · ${t('outbox.attempts', { count: i.attempts })}` : ''}
                {i.photos.length ? ` · ${t('outbox.photos', { count: i.photos.length })}` : ''}
              </Text>
              {i.recordId !== undefined && <Text size="sm">{t('outbox.recordSent')}</Text>}
              {i.photos.some((p) => p.error) && (
                <Stack gap={4} data-testid="outbox-refused-files">
                  {i.photos
                    .filter((p) => p.error)
                    .map((p) => (
                      <Alert key={p.id} color="redCross.8" p="xs" title={t('attachments.refused', { name: p.name })}>
                        {p.error!.title}
                        {p.error!.detail ? ` — ${p.error!.detail}` : ''}
                      </Alert>
                    ))}
                </Stack>
              )}
              {i.error && i.recordId === undefined && (
                <Alert color={i.status === 'refused' ? 'redCross.8' : 'orange.9'} p="xs" title={i.error.title}>
                  {i.error.detail}
                  {i.error.errors?.map((e) => (
                    <div key={e.field + e.message}>
                      {e.field}: {e.message}
                    </div>
                  ))}
                </Alert>
              )}
              <Group gap="xs">
                {i.status === 'refused' && i.recordId === undefined && (
                  <Button size="xs" onClick={() => setEditing(i)}>
                    {t('outbox.edit')}
                  </Button>
                )}
                <Button size="xs" variant="subtle" color="redCross.8" onClick={() => discard(i)}>
                  {i.recordId === undefined ? t('outbox.discard') : t('outbox.discardPhotos')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('outbox.edit')}
        fullScreen={typeof window !== 'undefined' && window.innerWidth < 600}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing?.kind === 'activity' && (
          <ActivityForm target={{ kind: 'draft', item: editing }} units={units.data ?? []} onDone={() => setEditing(null)} />
        )}
        {editing?.kind === 'communication' && (
          <CommunicationForm target={{ kind: 'draft', item: editing }} units={units.data ?? []} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}

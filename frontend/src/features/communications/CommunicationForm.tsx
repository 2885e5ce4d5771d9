import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types';
import { mapFieldErrors } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { notifySuccess, useShowError } from '../../lib/notify';
import { vietnameseFilter } from '../../lib/selectFilter';
import { useCurrentUser } from '../auth/useMe';
import { countInputProps, numberOrNull } from '../activities/money';
import { AttachmentGallery } from '../attachments/AttachmentGallery';
import { AttachmentUploader } from '../attachments/AttachmentUploader';
import { DraftFiles, type DraftFile } from '../attachments/DraftFiles';
import type { OutboxItem, OutboxPhoto } from '../outbox/db';
import { enqueue, flush, updateDraft } from '../outbox/outbox';
import { CHANNELS, toWrite, URL_PATTERN, useUpdateCommunication, type Channel, type Communication, type CommunicationWrite } from './queries';

export type CommunicationTarget = { kind: 'new' } | { kind: 'draft'; item: OutboxItem } | { kind: 'record'; record: Communication };

interface Values {
  channel: string | null;
  title: string;
  publishedOn: string | null;
  outlet: string;
  url: string;
  orgUnitId: string | null;
  audience: number | string;
  quantity: number | string;
}

const FIELDS: (keyof Values)[] = ['channel', 'title', 'publishedOn', 'outlet', 'url', 'orgUnitId', 'audience', 'quantity'];
const needsUrl = (c: string | null) => c === 'WEBSITE' || c === 'SOCIAL_MEDIA';

export function CommunicationForm({ target, units, onDone }: { target: CommunicationTarget; units: readonly OrgUnit[]; onDone: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const showError = useShowError();
  const update = useUpdateCommunication();
  const [saving, setSaving] = useState(false);
  // photos and documents of a record not on the server yet: they go with it into the outbox
  const [files, setFiles] = useState<DraftFile[]>(target.kind === 'draft' ? target.item.photos : []);
  const w: Partial<CommunicationWrite> | undefined =
    target.kind === 'record' ? toWrite(target.record) : target.kind === 'draft' ? (target.item.body as CommunicationWrite) : undefined;

  const form = useForm<Values>({
    initialValues: {
      channel: w?.channel ?? 'NEWSPAPER',
      title: w?.title ?? '',
      publishedOn: w?.publishedOn ?? todayIso(),
      outlet: w?.outlet ?? '',
      url: w?.url ?? '',
      orgUnitId: String(w?.orgUnitId ?? user.orgUnitId),
      audience: w?.audience ?? '',
      quantity: w?.quantity ?? '',
    },
    validate: {
      channel: (v) => (v ? null : t('validation.requiredSelect')),
      title: (v) => (!v.trim() ? t('validation.required') : v.trim().length > 300 ? t('validation.maxLength', { max: 300 }) : null),
      publishedOn: (v) => (v ? null : t('validation.required')),
      url: (v, all) =>
        !v.trim() ? (needsUrl(all.channel) ? t('communications.urlRequired') : null) : URL_PATTERN.test(v.trim()) ? null : t('communications.urlInvalid'),
    },
  });

  useEffect(() => {
    if (target.kind === 'draft' && target.item.error?.errors) form.setErrors(mapFieldErrors(target.item.error.errors, FIELDS).fields);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (v: Values) => {
    const body: CommunicationWrite = {
      channel: v.channel as Channel,
      title: v.title.trim(),
      publishedOn: v.publishedOn!,
      outlet: v.outlet.trim() || null,
      url: v.url.trim() || null,
      orgUnitId: v.orgUnitId ? Number(v.orgUnitId) : null,
      movementId: target.kind === 'record' ? (target.record.movementId ?? null) : null,
      nominationId: target.kind === 'record' ? (target.record.nominationId ?? null) : null,
      audience: numberOrNull(v.audience),
      quantity: numberOrNull(v.quantity),
    };
    if (target.kind === 'record') {
      update.mutate(
        { record: target.record, body },
        {
          onSuccess: () => {
            notifySuccess(t('record.updatedMsg'));
            onDone();
          },
          onError: (err) => showError(err, form),
        },
      );
      return;
    }
    setSaving(true);
    try {
      const photos: OutboxPhoto[] = files.map(({ id, name, type, blob }) => ({ id, name, type, blob }));
      if (target.kind === 'draft') await updateDraft(target.item.id, body.title, body as unknown as Record<string, unknown>, photos);
      else await enqueue('communication', user.username, body.title, body as unknown as Record<string, unknown>, photos);
    } catch (err) {
      setSaving(false);
      showError(err);
      return;
    }
    notifySuccess(navigator.onLine ? t('record.savedSending') : t('record.savedOffline'));
    void flush(user.username);
    onDone();
  };

  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack gap="sm">
        <Select
          label={t('communications.channel')}
          required
          allowDeselect={false}
          data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          {...form.getInputProps('channel')}
        />
        <TextInput label={t('communications.name')} required autoComplete="off" {...form.getInputProps('title')} />
        <DateInput label={t('communications.publishedOn')} required valueFormat="DD/MM/YYYY" {...form.getInputProps('publishedOn')} />
        <TextInput label={t('communications.outlet')} autoComplete="off" {...form.getInputProps('outlet')} />
        <TextInput
          label={t('communications.url')}
          required={needsUrl(form.values.channel)}
          type="url"
          inputMode="url"
          autoComplete="off"
          {...form.getInputProps('url')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput label={t('communications.audience')} {...countInputProps} {...form.getInputProps('audience')} />
          <NumberInput label={t('communications.quantity')} {...countInputProps} {...form.getInputProps('quantity')} />
        </SimpleGrid>
        <Select
          label={t('record.unit')}
          data={units.map((u) => ({ value: String(u.id), label: u.name }))}
          searchable
          filter={vietnameseFilter}
          allowDeselect={false}
          {...form.getInputProps('orgUnitId')}
        />
        {target.kind === 'record' ? (
          <Stack gap="xs">
            {target.record.editable && <AttachmentUploader owner="communications" ownerId={target.record.id} />}
            <AttachmentGallery owner="communications" ownerId={target.record.id} editable={target.record.editable} />
          </Stack>
        ) : (
          <DraftFiles value={files} onChange={setFiles} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

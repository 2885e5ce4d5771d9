import { useEffect, useState } from 'react';
import { Button, Collapse, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types';
import { mapFieldErrors } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { notifySuccess, useShowError } from '../../lib/notify';
import { vietnameseFilter } from '../../lib/selectFilter';
import { useCurrentUser } from '../auth/useMe';
import { AttachmentGallery } from '../attachments/AttachmentGallery';
import { AttachmentUploader } from '../attachments/AttachmentUploader';
import { DraftFiles, type DraftFile } from '../attachments/DraftFiles';
import type { OutboxItem, OutboxPhoto } from '../outbox/db';
import { enqueue, flush, updateDraft } from '../outbox/outbox';
import { countInputProps, numberOrNull, vndInputProps } from './money';
import { ACTIVITY_TYPES, toWrite, useUpdateActivity, type Activity, type ActivityType, type ActivityWrite } from './queries';

export type FormTarget = { kind: 'new' } | { kind: 'draft'; item: OutboxItem } | { kind: 'record'; record: Activity };

interface Values {
  type: string | null;
  title: string;
  startDate: string | null;
  endDate: string | null;
  location: string;
  orgUnitId: string | null;
  participants: number | string;
  beneficiaries: number | string;
  giftCount: number | string;
  giftCashVnd: number | string;
  giftInKindVnd: number | string;
  description: string;
}

const FIELDS: (keyof Values)[] = [
  'type', 'title', 'startDate', 'endDate', 'location', 'orgUnitId', 'participants', 'beneficiaries', 'giftCount',
  'giftCashVnd', 'giftInKindVnd', 'description',
];

function initial(target: FormTarget, myUnit: number): Values {
  const w: Partial<ActivityWrite> | undefined =
    target.kind === 'record' ? toWrite(target.record) : target.kind === 'draft' ? (target.item.body as ActivityWrite) : undefined;
  return {
    type: w?.type ?? 'GIFT_VISIT',
    title: w?.title ?? '',
    startDate: w?.startDate ?? todayIso(),
    endDate: w?.endDate ?? null,
    location: w?.location ?? '',
    orgUnitId: String(w?.orgUnitId ?? myUnit),
    participants: w?.participants ?? '',
    beneficiaries: w?.beneficiaries ?? '',
    giftCount: w?.giftCount ?? '',
    giftCashVnd: w?.giftCashVnd ?? '',
    giftInKindVnd: w?.giftInKindVnd ?? '',
    description: w?.description ?? '',
  };
}

/**
 * The phone-first form: the fewest fields first (type, title, day — today by default —, place, and the gift
 * figures for a gift visit); the rest under "more details". A new record goes to the outbox and is sent from
 * there, so it is never lost on a weak connection.
 */
export function ActivityForm({ target, units, onDone }: { target: FormTarget; units: readonly OrgUnit[]; onDone: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const showError = useShowError();
  const update = useUpdateActivity();
  const [more, setMore] = useState(target.kind !== 'new');
  const [saving, setSaving] = useState(false);
  // photos and documents of a record not on the server yet: they go with it into the outbox
  const [files, setFiles] = useState<DraftFile[]>(target.kind === 'draft' ? target.item.photos : []);

  const form = useForm<Values>({
    initialValues: initial(target, user.orgUnitId),
    validate: {
      type: (v) => (v ? null : t('validation.requiredSelect')),
      title: (v) => (!v.trim() ? t('validation.required') : v.trim().length > 300 ? t('validation.maxLength', { max: 300 }) : null),
      startDate: (v) => (v ? null : t('validation.required')),
      endDate: (v, all) => (v && all.startDate && v < all.startDate ? t('activities.endBeforeStart') : null),
      location: (v) => (v.length > 300 ? t('validation.maxLength', { max: 300 }) : null),
    },
  });

  // a draft the server refused shows the server's messages beside its fields
  useEffect(() => {
    if (target.kind === 'draft' && target.item.error?.errors) {
      const { fields } = mapFieldErrors(target.item.error.errors, FIELDS);
      form.setErrors(fields);
      if (Object.keys(fields).some((f) => ['endDate', 'orgUnitId', 'participants', 'description'].includes(f))) setMore(true);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const gift = form.values.type === 'GIFT_VISIT';

  const submit = async (v: Values) => {
    const body: ActivityWrite = {
      type: v.type as ActivityType,
      title: v.title.trim(),
      startDate: v.startDate!,
      endDate: v.endDate || null,
      location: v.location.trim() || null,
      orgUnitId: v.orgUnitId ? Number(v.orgUnitId) : null,
      movementId: target.kind === 'record' ? (target.record.movementId ?? null) : null,
      nominationId: target.kind === 'record' ? (target.record.nominationId ?? null) : null,
      participants: numberOrNull(v.participants),
      beneficiaries: numberOrNull(v.beneficiaries),
      giftCount: gift ? numberOrNull(v.giftCount) : null,
      giftCashVnd: gift ? numberOrNull(v.giftCashVnd) : null,
      giftInKindVnd: gift ? numberOrNull(v.giftInKindVnd) : null,
      description: v.description.trim() || null,
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
      else await enqueue('activity', user.username, body.title, body as unknown as Record<string, unknown>, photos);
    } catch (err) {
      setSaving(false);
      showError(err);
      return;
    }
    notifySuccess(navigator.onLine ? t('record.savedSending') : t('record.savedOffline'));
    void flush(user.username);
    onDone();
  };

  const unitData = units.map((u) => ({ value: String(u.id), label: u.name }));

  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack gap="sm">
        <Select
          label={t('activities.type')}
          required
          allowDeselect={false}
          data={ACTIVITY_TYPES.map((x) => ({ value: x, label: t(`activityTypes.${x}`) }))}
          {...form.getInputProps('type')}
        />
        <TextInput label={t('activities.name')} required autoComplete="off" {...form.getInputProps('title')} />
        <DateInput label={t('activities.startDate')} required valueFormat="DD/MM/YYYY" {...form.getInputProps('startDate')} />
        <TextInput label={t('activities.location')} autoComplete="off" {...form.getInputProps('location')} />
        {gift && (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput label={t('activities.giftCount')} {...countInputProps} {...form.getInputProps('giftCount')} />
            <NumberInput label={t('activities.beneficiaries')} {...countInputProps} {...form.getInputProps('beneficiaries')} />
            <NumberInput label={t('activities.giftCashVnd')} {...vndInputProps} {...form.getInputProps('giftCashVnd')} />
            <NumberInput label={t('activities.giftInKindVnd')} {...vndInputProps} {...form.getInputProps('giftInKindVnd')} />
          </SimpleGrid>
        )}
        <Button variant="subtle" onClick={() => setMore((m) => !m)} aria-expanded={more} style={{ alignSelf: 'flex-start' }}>
          {more ? t('record.less') : t('record.more')}
        </Button>
        <Collapse in={more}>
          <Stack gap="sm">
            <DateInput label={t('activities.endDate')} clearable valueFormat="DD/MM/YYYY" {...form.getInputProps('endDate')} />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NumberInput label={t('activities.participants')} {...countInputProps} {...form.getInputProps('participants')} />
              {!gift && (
                <NumberInput label={t('activities.beneficiaries')} {...countInputProps} {...form.getInputProps('beneficiaries')} />
              )}
            </SimpleGrid>
            <Select
              label={t('record.unit')}
              data={unitData}
              searchable
              filter={vietnameseFilter}
              allowDeselect={false}
              {...form.getInputProps('orgUnitId')}
            />
            <Textarea label={t('activities.description')} autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
          </Stack>
        </Collapse>
        {target.kind === 'record' ? (
          <Stack gap="xs">
            {target.record.editable && <AttachmentUploader owner="activities" ownerId={target.record.id} />}
            <AttachmentGallery owner="activities" ownerId={target.record.id} editable={target.record.editable} />
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

import { useState } from 'react';
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { vietnameseFilter } from '../../lib/selectFilter';
import { notifySuccess, useShowError } from '../../lib/notify';
import { newUuid } from '../../lib/uuid';
import { todayIso } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import {
  KINDS,
  STATUSES,
  toWrite,
  useCreateMovement,
  useMovementOptions,
  useUpdateMovement,
  type Movement,
  type MovementKind,
  type MovementStatus,
  type MovementWrite,
} from './queries';

const CODE = /^[A-Za-z0-9_.-]{1,30}$/;

interface Values {
  code: string;
  name: string;
  kind: string | null;
  launchedBy: string;
  launchingOrgUnitId: string | null;
  tiedToMovementId: string | null;
  startDate: string | null;
  endDate: string | null;
  description: string;
  criteria: string;
  status: string | null;
}

/** Create (no `movement`) or edit a movement; the Idempotency-Key is fixed while the form is open. */
export function MovementForm({ movement, onDone }: { movement?: Movement; onDone: (saved?: Movement) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const showError = useShowError();
  const [idempotencyKey] = useState(newUuid);
  const create = useCreateMovement(idempotencyKey);
  const update = useUpdateMovement();
  const units = useSubtree(me.orgUnitId, null);
  const movements = useMovementOptions();

  const form = useForm<Values>({
    initialValues: {
      code: movement?.code ?? '',
      name: movement?.name ?? '',
      kind: movement?.kind ?? 'REGULAR',
      launchedBy: movement?.launchedBy ?? '',
      launchingOrgUnitId: movement?.launchingOrgUnitId != null ? String(movement.launchingOrgUnitId) : null,
      tiedToMovementId: movement?.tiedToMovementId != null ? String(movement.tiedToMovementId) : null,
      startDate: movement?.startDate ?? todayIso(),
      endDate: movement?.endDate ?? null,
      description: movement?.description ?? '',
      criteria: movement?.criteria ?? '',
      status: movement?.status ?? 'PLANNED',
    },
    validate: {
      code: (v) => (!v.trim() ? t('validation.required') : CODE.test(v.trim()) ? null : t('validation.code')),
      name: (v) => (v.trim() ? null : t('validation.required')),
      kind: (v) => (v ? null : t('validation.requiredSelect')),
      status: (v) => (v ? null : t('validation.requiredSelect')),
      startDate: (v) => (v ? null : t('validation.required')),
      endDate: (v, values) => (v && values.startDate && v < values.startDate ? t('movements.endBeforeStart') : null),
      launchedBy: (v, values) =>
        !v.trim() && !values.launchingOrgUnitId
          ? t('movements.launcherRequired')
          : v.trim() && values.launchingOrgUnitId
            ? t('movements.launcherOne')
            : null,
    },
  });

  const submit = (v: Values) => {
    const body: MovementWrite = {
      ...(movement ? toWrite(movement) : {}),
      code: v.code.trim(),
      name: v.name.trim(),
      kind: v.kind as MovementKind,
      launchedBy: v.launchedBy.trim() || null,
      launchingOrgUnitId: v.launchingOrgUnitId ? Number(v.launchingOrgUnitId) : null,
      tiedToMovementId: v.tiedToMovementId ? Number(v.tiedToMovementId) : null,
      startDate: v.startDate!,
      endDate: v.endDate || null,
      description: v.description.trim() || null,
      criteria: v.criteria.trim() || null,
      status: v.status as MovementStatus,
    };
    const done = {
      onSuccess: (saved: Movement) => {
        notifySuccess(t('movements.savedMsg', { name: saved.name }));
        onDone(saved);
      },
      onError: (err: unknown) => showError(err, form),
    };
    if (movement) update.mutate({ movement, body }, done);
    else create.mutate(body, done);
  };

  const others = (movements.data ?? [])
    .filter((m) => m.id !== movement?.id)
    .map((m) => ({ value: String(m.id), label: m.name }));

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <TextInput label={t('movements.name')} required autoComplete="off" {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <TextInput label={t('movements.code')} required autoComplete="off" {...form.getInputProps('code')} />
          <Select
            label={t('movements.kind')}
            required
            allowDeselect={false}
            data={KINDS.map((k) => ({ value: k, label: t(`movements.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </Group>
        <TextInput
          label={t('movements.launchedBy')}
          description={t('movements.launchedByHint')}
          autoComplete="off"
          {...form.getInputProps('launchedBy')}
        />
        <Select
          label={t('movements.launchingUnit')}
          clearable
          searchable
          filter={vietnameseFilter}
          data={unitOptions(units.data ?? [], t)}
          nothingFoundMessage={t('org.noResults')}
          {...form.getInputProps('launchingOrgUnitId')}
        />
        <Select
          label={t('movements.tiedTo')}
          clearable
          searchable
          filter={vietnameseFilter}
          data={others}
          nothingFoundMessage={t('movements.empty')}
          {...form.getInputProps('tiedToMovementId')}
        />
        <Group grow align="flex-start">
          <DateInput
            label={t('movements.startDate')}
            required
            valueFormat="DD/MM/YYYY"
            {...form.getInputProps('startDate')}
          />
          <DateInput
            label={t('movements.endDate')}
            clearable
            valueFormat="DD/MM/YYYY"
            {...form.getInputProps('endDate')}
          />
        </Group>
        <Select
          label={t('movements.status')}
          required
          allowDeselect={false}
          data={STATUSES.map((s) => ({ value: s, label: t(`movements.statuses.${s}`) }))}
          {...form.getInputProps('status')}
        />
        <Textarea label={t('movements.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <Textarea label={t('movements.criteria')} autosize minRows={2} {...form.getInputProps('criteria')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

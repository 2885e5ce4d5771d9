import { vietnameseFilter } from '../../lib/selectFilter';
import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ORG_LEVELS, type OrgLevel, type OrgUnit, type OrgUnitWrite } from '../../api/types';
import { todayIso } from '../../lib/format';
import { notifySuccess, useShowError } from '../../lib/notify';
import { newUuid } from '../../lib/uuid';
import { toWrite, useCreateOrgUnit, useUpdateOrgUnit } from './queries';
import { unitOptions } from './unitOptions';

const CODE = /^[A-Za-z0-9_.-]{1,30}$/;

interface Values {
  code: string;
  name: string;
  level: string | null;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
}

// Since the 2025 reform there is no district level: communes sit right under the province.
const CHILD_LEVEL: Record<OrgLevel, OrgLevel> = {
  PROVINCE: 'COMMUNE',
  DEPARTMENT: 'DEPARTMENT',
  DISTRICT: 'COMMUNE',
  COMMUNE: 'CHAPTER',
  CHAPTER: 'CHAPTER',
};

/** Create (no `unit`) or edit a unit. The Idempotency-Key is fixed for as long as the form is open. */
export function OrgUnitForm({
  unit,
  units,
  defaultParent,
  mode = 'edit',
  onDone,
}: {
  unit?: OrgUnit;
  units: readonly OrgUnit[];
  defaultParent?: OrgUnit;
  mode?: 'edit' | 'retire';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [idempotencyKey] = useState(newUuid);
  const create = useCreateOrgUnit(idempotencyKey);
  const update = useUpdateOrgUnit();
  const retiring = mode === 'retire';

  const form = useForm<Values>({
    initialValues: unit
      ? {
          code: unit.code,
          name: unit.name,
          level: unit.level,
          parentId: unit.parentId != null ? String(unit.parentId) : null,
          validFrom: unit.validFrom,
          validTo: unit.validTo ?? (retiring ? todayIso() : null),
          successorId: unit.successorId != null ? String(unit.successorId) : null,
        }
      : {
          code: '',
          name: '',
          level: defaultParent ? CHILD_LEVEL[defaultParent.level] : null,
          parentId: defaultParent ? String(defaultParent.id) : null,
          validFrom: todayIso(),
          validTo: null,
          successorId: null,
        },
    validate: {
      code: (v) => (!v.trim() ? t('validation.required') : CODE.test(v.trim()) ? null : t('validation.code')),
      name: (v) =>
        !v.trim() ? t('validation.required') : v.trim().length > 200 ? t('validation.maxLength', { max: 200 }) : null,
      level: (v) => (v ? null : t('validation.requiredSelect')),
      validFrom: (v) => (v ? null : t('validation.required')),
      validTo: (v, values) =>
        retiring && !v
          ? t('validation.required')
          : v && values.validFrom && v < values.validFrom
            ? t('validation.dateOrder')
            : null,
    },
  });

  const submit = (values: Values) => {
    const body: OrgUnitWrite = {
      ...(unit ? toWrite(unit) : {}),
      code: values.code.trim(),
      name: values.name.trim(),
      level: values.level as OrgLevel,
      parentId: values.parentId ? Number(values.parentId) : null,
      validFrom: values.validFrom!,
      validTo: values.validTo || null,
      successorId: values.successorId ? Number(values.successorId) : null,
    };
    if (unit) {
      update.mutate(
        { unit, body },
        {
          onSuccess: (saved) => {
            notifySuccess(t(retiring ? 'org.retiredMsg' : 'org.savedMsg', { name: saved.name }));
            onDone();
          },
          onError: (err) => showError(err, form),
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (saved) => {
          notifySuccess(t('org.createdMsg', { name: saved.name }));
          onDone();
        },
        onError: (err) => showError(err, form),
      });
    }
  };

  const others = unitOptions(units, t, unit?.id);
  const levelData = ORG_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }));
  const pending = create.isPending || update.isPending;

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        {!retiring && (
          <>
            <TextInput label={t('org.code')} required autoComplete="off" {...form.getInputProps('code')} />
            <TextInput label={t('org.name')} required autoComplete="off" {...form.getInputProps('name')} />
            <Select
              label={t('org.level')}
              required
              data={levelData}
              allowDeselect={false}
              {...form.getInputProps('level')}
            />
            <Select
              label={t('org.parent')}
              data={others}
              searchable
              filter={vietnameseFilter}
              clearable
              nothingFoundMessage={t('org.noResults')}
              {...form.getInputProps('parentId')}
            />
            <DateInput
              label={t('org.validFrom')}
              required
              valueFormat="DD/MM/YYYY"
              {...form.getInputProps('validFrom')}
            />
          </>
        )}
        {(unit || retiring) && (
          <>
            <DateInput
              label={t('org.validTo')}
              required={retiring}
              clearable={!retiring}
              valueFormat="DD/MM/YYYY"
              {...form.getInputProps('validTo')}
            />
            <Select
              label={t('org.successor')}
              description={t('org.successorHint')}
              data={others}
              searchable
              filter={vietnameseFilter}
              clearable
              nothingFoundMessage={t('org.noResults')}
              {...form.getInputProps('successorId')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} color={retiring ? 'redCross' : undefined}>
            {retiring ? t('org.retire') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

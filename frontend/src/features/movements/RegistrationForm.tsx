import { useState } from 'react';
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vietnameseFilter } from '../../lib/selectFilter';
import { notifySuccess, useShowError } from '../../lib/notify';
import { newUuid } from '../../lib/uuid';
import { todayIso } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import { useRegister, useUpdateRegistration, type Registration } from './queries';

interface TargetValues {
  name: string;
  value: number | string;
  unit: string;
}

interface Values {
  orgUnitId: string | null;
  commitments: string;
  targets: TargetValues[];
}

/**
 * A short form for a phone: the unit (my own by default, or one below it), the commitments and optional
 * numeric targets. Edits keep the unit.
 */
export function RegistrationForm({
  movementId,
  registration,
  onDone,
}: {
  movementId: number;
  registration?: Registration;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const showError = useShowError();
  const [idempotencyKey] = useState(newUuid);
  const register = useRegister(movementId, idempotencyKey);
  const update = useUpdateRegistration();
  const units = useSubtree(me.orgUnitId, todayIso());

  const form = useForm<Values>({
    initialValues: {
      orgUnitId: String(registration?.orgUnitId ?? me.orgUnitId),
      commitments: registration?.commitments ?? '',
      targets: (registration?.targets ?? []).map((x) => ({ name: x.name, value: x.value, unit: x.unit ?? '' })),
    },
    validate: {
      orgUnitId: (v) => (v ? null : t('validation.requiredSelect')),
      commitments: (v) => (v.trim() ? null : t('validation.required')),
      targets: {
        name: (v) => (v.trim() ? null : t('validation.required')),
        value: (v) => (v === '' || v == null ? t('validation.required') : null),
      },
    },
  });

  const submit = (v: Values) => {
    const body = {
      orgUnitId: Number(v.orgUnitId),
      commitments: v.commitments.trim(),
      targets: v.targets.map((x) => ({ name: x.name.trim(), value: Number(x.value), unit: x.unit.trim() || null })),
    };
    const done = {
      onSuccess: () => {
        notifySuccess(t(registration ? 'registrations.savedMsg' : 'registrations.registeredMsg'));
        onDone();
      },
      onError: (err: unknown) => showError(err, form),
    };
    if (registration) update.mutate({ registration, body: { ...body, registeredOn: registration.registeredOn } }, done);
    else register.mutate(body, done);
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <Select
          label={t('registrations.unit')}
          required
          searchable
          disabled={!!registration}
          allowDeselect={false}
          filter={vietnameseFilter}
          data={unitOptions(units.data ?? [], t)}
          nothingFoundMessage={t('org.noResults')}
          {...form.getInputProps('orgUnitId')}
        />
        <Textarea
          label={t('registrations.commitments')}
          description={t('registrations.commitmentsHint')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('commitments')}
        />
        <Text fw={600} size="sm">
          {t('registrations.targets')}
        </Text>
        {form.values.targets.map((_, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('registrations.targetName', { n: i + 1 })}
              style={{ flex: '1 1 100%' }}
              {...form.getInputProps(`targets.${i}.name`)}
            />
            <NumberInput
              label={t('registrations.targetValue')}
              thousandSeparator="."
              decimalSeparator=","
              style={{ flex: '1 1 100px' }}
              {...form.getInputProps(`targets.${i}.value`)}
            />
            <TextInput
              label={t('registrations.targetUnit')}
              style={{ flex: '1 1 80px' }}
              {...form.getInputProps(`targets.${i}.unit`)}
            />
            <ActionIcon
              variant="subtle"
              color="redCross.8"
              size="lg"
              aria-label={t('registrations.removeTarget', { n: i + 1 })}
              onClick={() => form.removeListItem('targets', i)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('targets', { name: '', value: '', unit: '' })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('registrations.addTarget')}
        </Button>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={register.isPending || update.isPending}>
            {registration ? t('common.save') : t('registrations.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { vietnameseFilter } from '../../lib/selectFilter';
import { useState } from 'react';
import { Button, Group, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, type OrgUnit, type Role, type User } from '../../api/types';
import { notifySuccess, useShowError } from '../../lib/notify';
import { newUuid } from '../../lib/uuid';
import { EMAIL, USERNAME, isStrongPassword } from '../../lib/validation';
import { unitOptions } from '../org/unitOptions';
import { toUpdate, useCreateUser, useUpdateUser } from './queries';

interface Values {
  username: string;
  fullName: string;
  email: string;
  phone: string;
  role: string | null;
  orgUnitId: string | null;
  active: boolean;
  password: string;
}

/** Create (no `user`) or edit a user. The Idempotency-Key is fixed for as long as the form is open. */
export function UserForm({ user, units, onDone }: { user?: User; units: readonly OrgUnit[]; onDone: () => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [idempotencyKey] = useState(newUuid);
  const create = useCreateUser(idempotencyKey);
  const update = useUpdateUser();

  const form = useForm<Values>({
    initialValues: {
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      email: user?.email ?? '',
      phone: user?.phone ?? '',
      role: user?.role ?? null,
      orgUnitId: user ? String(user.orgUnitId) : null,
      active: user?.active ?? true,
      password: '',
    },
    validate: {
      username: (v) =>
        user ? null : !v ? t('validation.required') : USERNAME.test(v) ? null : t('validation.username'),
      fullName: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (!v.trim() || EMAIL.test(v.trim()) ? null : t('validation.email')),
      role: (v) => (v ? null : t('validation.requiredSelect')),
      orgUnitId: (v) => (v ? null : t('validation.requiredSelect')),
      password: (v) =>
        user && !v ? null : !v ? t('validation.required') : isStrongPassword(v) ? null : t('validation.password'),
    },
  });

  const submit = (v: Values) => {
    const common = {
      fullName: v.fullName.trim(),
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
      role: v.role as Role,
      orgUnitId: Number(v.orgUnitId),
      active: v.active,
    };
    if (user) {
      update.mutate(
        { user, body: { ...toUpdate(user), ...common, ...(v.password ? { password: v.password } : {}) } },
        {
          onSuccess: (saved) => {
            notifySuccess(t('users.savedMsg', { name: saved.fullName }));
            onDone();
          },
          onError: (err) => showError(err, form),
        },
      );
    } else {
      create.mutate(
        { ...common, username: v.username, password: v.password },
        {
          onSuccess: (saved) => {
            notifySuccess(t('users.createdMsg', { name: saved.fullName }));
            onDone();
          },
          onError: (err) => showError(err, form),
        },
      );
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <TextInput
          label={t('users.username')}
          required={!user}
          disabled={!!user}
          autoComplete="off"
          autoCapitalize="none"
          {...form.getInputProps('username')}
        />
        <TextInput label={t('users.fullName')} required autoComplete="off" {...form.getInputProps('fullName')} />
        <Group grow align="flex-start">
          <TextInput label={t('users.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label={t('users.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        </Group>
        <Select
          label={t('users.role')}
          required
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <Select
          label={t('users.unit')}
          required
          searchable
          filter={vietnameseFilter}
          data={unitOptions(units, t)}
          nothingFoundMessage={t('org.noResults')}
          {...form.getInputProps('orgUnitId')}
        />
        <PasswordInput
          label={user ? t('users.newPassword') : t('users.password')}
          description={user ? t('users.newPasswordHint') : t('account.passwordHint')}
          required={!user}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        {user && <Switch label={t('users.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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

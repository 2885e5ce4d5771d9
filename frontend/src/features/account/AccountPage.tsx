import { Button, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../lib/api';
import { notifySuccess, useShowError } from '../../lib/notify';
import { isStrongPassword } from '../../lib/validation';
import { useCurrentUser } from '../auth/useMe';
import { useOrgUnit } from '../org/queries';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{value || '—'}</Text>
    </div>
  );
}

export default function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const unit = useOrgUnit(me.orgUnitName ? undefined : me.orgUnitId);
  const showError = useShowError();

  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: (v) => (!v ? t('validation.required') : isStrongPassword(v) ? null : t('validation.password')),
      confirm: (v, values) => (v === values.newPassword ? null : t('validation.passwordMismatch')),
    },
  });

  const change = useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) =>
      unwrap(
        api.PUT('/api/v1/me/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } }),
      ),
    onSuccess: () => {
      notifySuccess(t('account.changed'));
      form.reset();
    },
    onError: (err) => showError(err, form),
  });

  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('account.title')}
      </Title>
      <Paper withBorder p="md" component="section" aria-labelledby="profile-heading">
        <Title order={2} size="h4" mb="sm" id="profile-heading">
          {t('account.profile')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('users.fullName')} value={me.fullName} />
          <Field label={t('users.username')} value={me.username} />
          <Field label={t('users.role')} value={t(`roles.${me.role}`)} />
          <Field label={t('users.unit')} value={me.orgUnitName ?? unit.data?.name ?? ''} />
          <Field label={t('users.email')} value={me.email ?? ''} />
          <Field label={t('users.phone')} value={me.phone ?? ''} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="password-heading">
        <Title order={2} size="h4" mb="sm" id="password-heading">
          {t('account.changePassword')}
        </Title>
        <form noValidate onSubmit={form.onSubmit((v) => change.mutate(v))}>
          <Stack maw={400}>
            <PasswordInput
              label={t('account.currentPassword')}
              required
              autoComplete="current-password"
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('account.newPassword')}
              description={t('account.passwordHint')}
              required
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label={t('account.confirmPassword')}
              required
              autoComplete="new-password"
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('account.changePassword')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

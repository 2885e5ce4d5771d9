import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../lib/api';
import { ApiError, describeError } from '../../lib/errors';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { RedCrossMark } from '../shell/RedCrossMark';
import { meQueryKey, useMe } from './useMe';

export function loginErrorMessage(err: unknown, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return t('login.invalid');
    if (err.status === 429) {
      return err.retryAfter !== undefined ? t('login.tooMany', { seconds: err.retryAfter }) : t('login.tooManyNoWait');
    }
  }
  return describeError(err, t).message;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useMe();
  const [error, setError] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const login = useMutation({
    mutationFn: (values: { username: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body: { username: values.username.trim(), password: values.password } })),
    onSuccess: (res) => {
      queryClient.setQueryData(meQueryKey, res.user);
      void navigate(from.startsWith('/login') ? '/' : from, { replace: true });
    },
    onError: (err) => {
      setError(loginErrorMessage(err, t));
      form.setFieldValue('password', '');
    },
  });

  if (me.data) return <Navigate to={from} replace />;

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="sm" component="header">
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="xs" align="center" mb="lg">
            <RedCrossMark size={48} />
            <Title order={1} size="h2">
              {t('login.title')}
            </Title>
            <Text ta="center" c="dimmed" size="sm">
              {t('login.subtitle')}
            </Text>
          </Stack>
          <form
            noValidate
            onSubmit={form.onSubmit((values) => {
              setError(null);
              login.mutate(values);
            })}
          >
            <Stack>
              {error && (
                <Alert color="red" role="alert" title={t('login.failed')}>
                  {error}
                </Alert>
              )}
              <TextInput
                label={t('login.username')}
                autoComplete="username"
                autoCapitalize="none"
                required
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}

import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from './useMe';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { data, isPending, isError, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (isError) {
    return (
      <Center h="100vh" component="main">
        <Stack>
          <Alert color="red" title={t('errors.generic')}>
            {t('errors.network')}
          </Alert>
          <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

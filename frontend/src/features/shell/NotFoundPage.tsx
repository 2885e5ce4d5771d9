import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={1}>404</Title>
      <Text>{t('app.notFound')}</Text>
      <Button component={Link} to="/">
        {t('app.backHome')}
      </Button>
    </Stack>
  );
}

import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/errors';
import { StatusBadge, FlagNotice } from './CheckActions';
import type { CheckStatus } from './queries';

/** A label and its value on a record's page; nothing when the value is empty. */
export function Field({ label, value }: { label: string; value: React.ReactNode }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Text>
    </div>
  );
}

interface Checked {
  title: string;
  status: CheckStatus;
  reviewComment?: string | null;
  reviewedBy?: string | null;
}

/**
 * The page of one checked record (activity or communication output): back link, title and status, the
 * flag comment, its fields, then what the caller may do and its attachments.
 */
export function RecordDetail<R extends Checked>({
  query,
  backTo,
  backLabel,
  fields,
  actions,
  attachments,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data?: R };
  backTo: string;
  backLabel: string;
  fields: (r: R) => React.ReactNode;
  actions: (r: R) => React.ReactNode;
  attachments: (r: R) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const back = (
    <Anchor component={Link} to={backTo} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {backLabel}
      </Group>
    </Anchor>
  );
  if (query.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (query.isError || !query.data) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack>
        {back}
        <Alert color="red">{notFound ? t('errors.notFound') : t('common.loadFailed')}</Alert>
      </Stack>
    );
  }
  const r = query.data;
  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={1} size="h2" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {r.title}
        </Title>
        <StatusBadge status={r.status} />
      </Group>
      <FlagNotice status={r.status} comment={r.reviewComment} by={r.reviewedBy} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {fields(r)}
        </SimpleGrid>
      </Paper>
      {actions(r)}
      {attachments(r)}
    </Stack>
  );
}

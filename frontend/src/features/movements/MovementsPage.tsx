import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Pagination,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { MovementForm } from './MovementForm';
import { KINDS, PAGE_SIZE, STATUSES, period, useMovements, type MovementKind, type MovementStatus } from './queries';
import { StatusBadge } from './StatusBadge';

export const MANAGERS = ['ADMIN', 'PROVINCIAL_OFFICER'];

function years(): { value: string; label: string }[] {
  const now = new Date().getFullYear();
  const out = [];
  for (let y = now + 1; y >= 2016; y--) out.push({ value: String(y), label: String(y) });
  return out;
}

export default function MovementsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [status, setStatus] = useState<MovementStatus | null>(null);
  const [kind, setKind] = useState<MovementKind | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useMovements({ q: debouncedQ, status, kind, year: year ? Number(year) : null, page: page - 1 });
  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.totalItems / PAGE_SIZE)) : 1;
  const manager = MANAGERS.includes(me.role);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('movements.title')}
        </Title>
        {manager && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('movements.create')}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <TextInput
          label={t('movements.searchLabel')}
          placeholder={t('movements.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label={t('movements.status')}
          placeholder={t('common.all')}
          clearable
          data={STATUSES.map((s) => ({ value: s, label: t(`movements.statuses.${s}`) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as MovementStatus | null);
            setPage(1);
          }}
          style={{ flex: '1 1 150px' }}
        />
        <Select
          label={t('movements.kind')}
          placeholder={t('common.all')}
          clearable
          data={KINDS.map((k) => ({ value: k, label: t(`movements.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => {
            setKind(v as MovementKind | null);
            setPage(1);
          }}
          style={{ flex: '1 1 150px' }}
        />
        <Select
          label={t('movements.year')}
          placeholder={t('common.all')}
          clearable
          data={years()}
          value={year}
          onChange={(v) => {
            setYear(v);
            setPage(1);
          }}
          style={{ flex: '0 1 120px' }}
        />
      </Group>
      {list.isPending ? (
        <Group p="md">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Group>
      ) : list.isError ? (
        <Alert color="red">{t('common.loadFailed')}</Alert>
      ) : list.data.items.length === 0 ? (
        <Text>{t('movements.empty')}</Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label={t('movements.list')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {list.data.items.map((m) => (
            <Paper key={m.id} withBorder p="sm" component="li" data-testid="movement-row">
              <Anchor component={Link} to={`/movements/${m.id}`} fw={600}>
                {m.name}
              </Anchor>
              <Group gap="xs" mt={4} wrap="wrap">
                <Badge variant="default" style={{ textTransform: 'none' }}>
                  {t(`movements.kinds.${m.kind}`)}
                </Badge>
                <StatusBadge status={m.status} />
                <Text size="sm" c="dimmed">
                  {period(m.startDate, m.endDate, formatDate, t('movements.from'))}
                </Text>
              </Group>
              <Text size="sm" mt={4}>
                {t('movements.launchedByShort')}: {m.launchedBy ?? m.launchingOrgUnitName ?? ''}
                {m.tiedToMovementName ? ` · ${t('movements.tiedTo')}: ${m.tiedToMovementName}` : ''}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      <Group justify="space-between">
        <Text size="sm">{t('common.total', { count: list.data?.totalItems ?? 0 })}</Text>
        {totalPages > 1 && (
          <nav aria-label={t('movements.pagination')}>
            <Pagination total={totalPages} value={page} onChange={setPage} />
          </nav>
        )}
      </Group>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('movements.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {creating && <MovementForm onDone={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}

import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
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
import { PAGE_SIZE, usePlans, type PlanStatus } from './queries';

export const PLAN_MANAGERS = ['ADMIN', 'PROVINCIAL_OFFICER'];

export default function PlansPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [year, setYear] = useState<string | null>(null);
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [page, setPage] = useState(1);
  const plans = usePlans({ q: debouncedQ, year: year ? Number(year) : null, status, page: page - 1 });
  const totalPages = plans.data ? Math.max(1, Math.ceil(plans.data.totalItems / PAGE_SIZE)) : 1;
  const now = new Date().getFullYear();
  const years = Array.from({ length: now + 2 - 2016 }, (_, i) => String(now + 1 - i));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('plans.title')}
        </Title>
        {PLAN_MANAGERS.includes(me.role) && (
          <Button component={Link} to="/plans/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('plans.create')}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <TextInput
          label={t('plans.searchLabel')}
          placeholder={t('plans.searchPlaceholder')}
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
          label={t('plans.year')}
          placeholder={t('common.all')}
          clearable
          data={years}
          value={year}
          onChange={(v) => {
            setYear(v);
            setPage(1);
          }}
          style={{ flex: '0 1 120px' }}
        />
        <Select
          label={t('plans.status')}
          placeholder={t('common.all')}
          clearable
          data={(['DRAFT', 'ISSUED'] as const).map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as PlanStatus | null);
            setPage(1);
          }}
          style={{ flex: '0 1 160px' }}
        />
      </Group>
      {plans.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : plans.isError ? (
        <Alert color="red">{t('common.loadFailed')}</Alert>
      ) : plans.data.items.length === 0 ? (
        <Text>{t('plans.empty')}</Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label={t('plans.list')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {plans.data.items.map((p) => (
            <Paper key={p.id} withBorder p="sm" component="li">
              <Group gap="xs" wrap="wrap">
                <Text fw={700} ff="monospace">
                  {p.number ? t('plans.numberShort', { number: p.number }) : t('plans.noNumber')}
                </Text>
                <Badge
                  color={p.status === 'ISSUED' ? 'teal.9' : 'orange.9'}
                  variant="filled"
                  style={{ textTransform: 'none' }}
                >
                  {t(`plans.statuses.${p.status}`)}
                </Badge>
                {p.issuedOn && <Text size="sm">{formatDate(p.issuedOn)}</Text>}
              </Group>
              <Anchor component={Link} to={`/plans/${p.id}`} fw={600}>
                {p.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {p.issuingOrgUnitName} · {t('plans.yearOf', { year: p.year })}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      <Group justify="space-between">
        <Text size="sm">{t('common.total', { count: plans.data?.totalItems ?? 0 })}</Text>
        {totalPages > 1 && (
          <nav aria-label={t('plans.pagination')}>
            <Pagination total={totalPages} value={page} onChange={setPage} />
          </nav>
        )}
      </Group>
    </Stack>
  );
}

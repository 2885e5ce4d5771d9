import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Chip,
  Group,
  Loader,
  Pagination,
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
import {
  CATEGORIES,
  PAGE_SIZE,
  STATUSES,
  useNominationCounts,
  useNominations,
  type NominationCategory,
  type NominationStatus,
} from './queries';
import { StatusBadge } from './StatusBadge';
import './i18n';

/** The review queue (provincial officers) and the branch's own list: filters, counts per status, cards. */
export default function NominationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [status, setStatus] = useState<NominationStatus | null>(me.role === 'PROVINCIAL_OFFICER' ? 'SUBMITTED' : null);
  const [category, setCategory] = useState<NominationCategory | null>(null);
  const [page, setPage] = useState(1);
  const list = useNominations({ q: debouncedQ, status, category, page: page - 1 });
  const counts = useNominationCounts(debouncedQ, category);
  const canCreate = me.role === 'BRANCH_OFFICER' || me.role === 'PROVINCIAL_OFFICER';
  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.totalItems / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('nominations.title')}
        </Title>
        <Group gap="sm">
          <Anchor component={Link} to="/cong-khai" target="_blank">
            {t('nav.showcase')}
          </Anchor>
          {canCreate && (
            <Button component={Link} to="/nominations/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('nominations.create')}
            </Button>
          )}
        </Group>
      </Group>

      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <TextInput
          label={t('nominations.search')}
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
          label={t('nominations.category')}
          placeholder={t('common.all')}
          clearable
          data={CATEGORIES.map((c) => ({ value: c, label: t(`nominations.categories.${c}`) }))}
          value={category}
          onChange={(v) => {
            setCategory(v as NominationCategory | null);
            setPage(1);
          }}
          style={{ flex: '0 1 260px' }}
        />
      </Group>

      <div role="group" aria-label={t('nominations.counts')}>
        <Chip.Group
          multiple={false}
          value={status ?? 'ALL'}
          onChange={(v) => {
            setStatus(v === 'ALL' ? null : (v as NominationStatus));
            setPage(1);
          }}
        >
          <Group gap={6}>
            <Chip value="ALL" size="sm">
              {t('nominations.allStatuses')}
            </Chip>
            {STATUSES.map((s) => (
              <Chip key={s} value={s} size="sm">
                {t(`nominations.statuses.${s}`)} ({counts.data?.[s] ?? 0})
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>

      {list.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : list.isError ? (
        <Alert color="red">{t('common.loadFailed')}</Alert>
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed">{t('nominations.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-label={t('nominations.table')} role="list">
          {list.data.items.map((n) => (
            <Card key={n.id} withBorder padding="sm" role="listitem" component={Link} to={`/nominations/${n.id}`}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600}>{n.title}</Text>
                  <Text size="sm">
                    {n.nomineeName} · {t(`nominations.categories.${n.category}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {n.orgUnitName}
                    {n.submittedOn ? ` · ${t('nominations.submittedOn')} ${formatDate(n.submittedOn)}` : ''}
                  </Text>
                </div>
                <StatusBadge status={n.status} />
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {totalPages > 1 && <Pagination total={totalPages} value={page} onChange={setPage} />}
      <Badge variant="transparent" c="dimmed" style={{ textTransform: 'none' }}>
        {list.data ? `${list.data.totalItems}` : ''}
      </Badge>
    </Stack>
  );
}

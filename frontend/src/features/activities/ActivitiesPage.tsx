import { useState } from 'react';
import {
  ActionIcon,
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
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue, useNetwork } from '@mantine/hooks';
import { IconDownload, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber, formatVnd } from '../../lib/format';
import { pageCount } from '../../lib/paging';
import { notifySuccess, useShowError } from '../../lib/notify';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { ActivityForm, type FormTarget } from './ActivityForm';
import { UnitFilter } from './UnitFilter';
import { CheckActions, FlagNotice, StatusBadge } from './CheckActions';
import {
  ACTIVITY_TYPES,
  CHECK_STATUSES,
  exportHref,
  filterQuery,
  PAGE_SIZE,
  periodOptions,
  useActivities,
  useActivityTotals,
  useActivityTransition,
  useDeleteActivity,
  type Activity,
  type ActivityType,
  type CheckStatus,
} from './queries';

export default function ActivitiesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const network = useNetwork();
  const showError = useShowError();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [type, setType] = useState<ActivityType | null>(null);
  const [status, setStatus] = useState<CheckStatus | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [form, setForm] = useState<FormTarget | null>(null);
  const units = useSubtree(me.orgUnitId, null);
  const filters = { q: debouncedQ, type, status, period, orgUnitId: unit ? Number(unit) : null };
  const list = useActivities(filters, page - 1);
  const transition = useActivityTransition();
  const remove = useDeleteActivity();
  const writer = me.role === 'BRANCH_OFFICER' || me.role === 'PROVINCIAL_OFFICER';
  const reset = () => setPage(1);
  const totalsQuery = useActivityTotals(filters);
  const totals = totalsQuery.data;
  const pages = list.data ? pageCount(totals?.records, page, list.data.hasMore, PAGE_SIZE) : 1;

  const del = (a: Activity) => {
    if (!window.confirm(t('record.deleteConfirm', { title: a.title }))) return;
    remove.mutate(a, { onSuccess: () => notifySuccess(t('record.deletedMsg')), onError: (e) => showError(e) });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('activities.title')}
        </Title>
        {writer && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({ kind: 'new' })}>
            {t('activities.create')}
          </Button>
        )}
      </Group>
      {!network.online && <Alert color="orange">{t('record.offline')}</Alert>}

      <Group align="flex-end" gap="sm" wrap="wrap" role="search">
        <TextInput
          label={t('record.searchLabel')}
          placeholder={t('activities.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            reset();
          }}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          label={t('activities.type')}
          placeholder={t('common.all')}
          clearable
          data={ACTIVITY_TYPES.map((x) => ({ value: x, label: t(`activityTypes.${x}`) }))}
          value={type}
          onChange={(v) => {
            setType(v as ActivityType | null);
            reset();
          }}
          style={{ flex: '1 1 160px' }}
        />
        <Select
          label={t('record.status')}
          placeholder={t('common.all')}
          clearable
          data={CHECK_STATUSES.map((x) => ({ value: x, label: t(`checkStatus.${x}`) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as CheckStatus | null);
            reset();
          }}
          style={{ flex: '1 1 140px' }}
        />
        <Select
          label={t('record.period')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={periodOptions(t)}
          value={period}
          onChange={(v) => {
            setPeriod(v);
            reset();
          }}
          style={{ flex: '1 1 180px' }}
        />
        <UnitFilter
          value={unit}
          onChange={(v) => {
            setUnit(v);
            reset();
          }}
        />
      </Group>

      <Paper withBorder p="sm" aria-label={t('record.totals')} data-testid="activity-totals">
        {totals ? (
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
            <Figure label={t('record.records')} value={formatNumber(totals.records)} />
            <Figure label={t('activities.participants')} value={formatNumber(totals.participants)} />
            <Figure label={t('activities.beneficiaries')} value={formatNumber(totals.beneficiaries)} />
            <Figure label={t('activities.giftCount')} value={formatNumber(totals.giftCount)} />
            <Figure label={t('activities.cash')} value={formatVnd(totals.giftCashVnd)} />
            <Figure label={t('activities.inKind')} value={formatVnd(totals.giftInKindVnd)} />
          </SimpleGrid>
        ) : totalsQuery.isError ? (
          <Text size="sm" c="red">
            {t('common.loadFailed')}
          </Text>
        ) : (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('record.totalsLoading')}
            </Text>
          </Group>
        )}
        <Group gap="xs" mt="xs">
          <Button
            component="a"
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            href={exportHref('/api/v1/activities', 'csv', filterQuery(filters))}
            download
          >
            {t('record.exportCsv')}
          </Button>
          <Button
            component="a"
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            href={exportHref('/api/v1/activities', 'xlsx', filterQuery(filters))}
            download
          >
            {t('record.exportXlsx')}
          </Button>
        </Group>
      </Paper>

      {list.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : list.isError ? (
        <Alert color="red">{t('common.loadFailed')}</Alert>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('record.results')}>
          {list.data.items.length === 0 && <Text c="dimmed">{t('record.empty')}</Text>}
          {list.data.items.map((a) => (
            <Paper key={a.id} withBorder p="sm" component="li" data-testid="activity-item">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/activities/${a.id}`} fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {a.title}
                  </Anchor>
                  <StatusBadge status={a.status} />
                </Group>
                <Group gap="xs">
                  <Badge variant="light" color="gray.8" style={{ textTransform: 'none' }}>
                    {t(`activityTypes.${a.type}`)}
                  </Badge>
                  <Text size="sm">
                    {formatDate(a.startDate)}
                    {a.endDate && a.endDate !== a.startDate ? ` – ${formatDate(a.endDate)}` : ''}
                  </Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {[a.location, a.orgUnitName].filter(Boolean).join(' · ')}
                </Text>
                {a.type === 'GIFT_VISIT' && (
                  <Text size="sm">
                    {t('activities.gifts', { count: a.giftCount ?? 0 })} · {t('activities.cash')} {formatVnd(a.giftCashVnd ?? 0)} ·{' '}
                    {t('activities.inKind')} {formatVnd(a.giftInKindVnd ?? 0)}
                  </Text>
                )}
                <FlagNotice status={a.status} comment={a.reviewComment} by={a.reviewedBy} />
                <Group justify="space-between">
                  <CheckActions id={a.id} title={a.title} allowed={a.allowedActions} mutation={transition} />
                  {a.editable && (
                    <Group gap={4}>
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon variant="subtle" color="gray.8" aria-label={`${t('common.edit')}: ${a.title}`} onClick={() => setForm({ kind: 'record', record: a })}>
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('record.delete')}>
                        <ActionIcon variant="subtle" color="redCross.8" aria-label={`${t('record.delete')}: ${a.title}`} onClick={() => del(a)}>
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  )}
                </Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} aria-label={t('record.pagination')} />
        </Group>
      )}

      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        title={form?.kind === 'record' ? t('activities.editTitle') : t('activities.createTitle')}
        fullScreen={typeof window !== 'undefined' && window.innerWidth < 600}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {form && <ActivityForm target={form} units={units.data ?? []} onDone={() => setForm(null)} />}
      </Modal>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </div>
  );
}

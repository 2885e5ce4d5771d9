import { useState } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Button, Group, Loader, Modal, Pagination, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../lib/format';
import { pageCount } from '../../lib/paging';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { CheckActions, FlagNotice, StatusBadge } from '../activities/CheckActions';
import { UnitFilter } from '../activities/UnitFilter';
import { CHECK_STATUSES, exportHref, periodOptions, type CheckStatus } from '../activities/queries';
import { CommunicationForm, type CommunicationTarget } from './CommunicationForm';
import { CHANNELS, filterQuery, PAGE_SIZE, useCommunicationTotals, useCommunicationTransition, useCommunications, type Channel } from './queries';

export default function CommunicationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [channel, setChannel] = useState<Channel | null>(null);
  const [status, setStatus] = useState<CheckStatus | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [form, setForm] = useState<CommunicationTarget | null>(null);
  const units = useSubtree(me.orgUnitId, null);
  const filters = { q: debouncedQ, channel, status, period, orgUnitId: unit ? Number(unit) : null };
  const list = useCommunications(filters, page - 1);
  const transition = useCommunicationTransition();
  const writer = me.role === 'BRANCH_OFFICER' || me.role === 'PROVINCIAL_OFFICER';
  const totalsQuery = useCommunicationTotals(filters);
  const totals = totalsQuery.data;
  const pages = list.data ? pageCount(totals?.records, page, list.data.hasMore, PAGE_SIZE) : 1;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('communications.title')}
        </Title>
        {writer && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({ kind: 'new' })}>
            {t('communications.create')}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap" role="search">
        <TextInput
          label={t('record.searchLabel')}
          placeholder={t('communications.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 220px' }}
        />
        <Select label={t('communications.channel')} placeholder={t('common.all')} clearable data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} value={channel} onChange={(v) => { setChannel(v as Channel | null); setPage(1); }} style={{ flex: '1 1 180px' }} />
        <Select label={t('record.status')} placeholder={t('common.all')} clearable data={CHECK_STATUSES.map((x) => ({ value: x, label: t(`checkStatus.${x}`) }))} value={status} onChange={(v) => { setStatus(v as CheckStatus | null); setPage(1); }} style={{ flex: '1 1 140px' }} />
        <Select label={t('record.period')} placeholder={t('common.all')} clearable searchable data={periodOptions(t)} value={period} onChange={(v) => { setPeriod(v); setPage(1); }} style={{ flex: '1 1 180px' }} />
        <UnitFilter value={unit} onChange={(v) => { setUnit(v); setPage(1); }} />
      </Group>
      <Paper withBorder p="sm" aria-label={t('record.totals')}>
        {totals ? (
          <SimpleGrid cols={3} spacing="xs">
            <Figure label={t('record.records')} value={formatNumber(totals.records)} />
            <Figure label={t('communications.audience')} value={formatNumber(totals.audience)} />
            <Figure label={t('communications.quantity')} value={formatNumber(totals.quantity)} />
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
          <Button component="a" size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} href={exportHref('/api/v1/communications', 'csv', filterQuery(filters))} download>
            {t('record.exportCsv')}
          </Button>
          <Button component="a" size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} href={exportHref('/api/v1/communications', 'xlsx', filterQuery(filters))} download>
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
          {list.data.items.map((c) => (
            <Paper key={c.id} withBorder p="sm" component="li" data-testid="communication-item">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/communications/${c.id}`} fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{c.title}</Anchor>
                  <StatusBadge status={c.status} />
                </Group>
                <Group gap="xs">
                  <Badge variant="light" color="gray.8" style={{ textTransform: 'none' }}>{t(`channels.${c.channel}`)}</Badge>
                  <Text size="sm">{formatDate(c.publishedOn)}</Text>
                </Group>
                <Text size="sm" c="dimmed">{[c.outlet, c.orgUnitName].filter(Boolean).join(' · ')}</Text>
                {c.url && (
                  <Anchor href={c.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {c.url}
                  </Anchor>
                )}
                <FlagNotice status={c.status} comment={c.reviewComment} by={c.reviewedBy} />
                <Group justify="space-between">
                  <CheckActions id={c.id} title={c.title} allowed={c.allowedActions} mutation={transition} />
                  {c.editable && (
                    <ActionIcon variant="subtle" color="gray.8" aria-label={`${t('common.edit')}: ${c.title}`} onClick={() => setForm({ kind: 'record', record: c })}>
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
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
      <Modal opened={form !== null} onClose={() => setForm(null)} title={form?.kind === 'record' ? t('communications.editTitle') : t('communications.createTitle')} fullScreen={typeof window !== 'undefined' && window.innerWidth < 600} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {form && <CommunicationForm target={form} units={units.data ?? []} onDone={() => setForm(null)} />}
      </Modal>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700}>{value}</Text>
    </div>
  );
}

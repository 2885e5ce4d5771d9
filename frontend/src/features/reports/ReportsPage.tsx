import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { vietnameseFilter } from '../../lib/selectFilter';
import { ApiError } from '../../lib/errors';
import { notifySuccess, useShowError } from '../../lib/notify';
import { newUuid } from '../../lib/uuid';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import type { OrgUnit } from '../../api/types';
import { PeriodSelect, StatusBadge, useRecentPeriods } from './components';
import {
  formatDateTime,
  periodLabel,
  REPORT_STATUSES,
  statusLabel,
  type PeriodView,
  type ReportStatus,
} from './labels';
import { findReport, PAGE_SIZE, useCreateReport, useReports } from './queries';

/** Officers may start reports; everyone in the scope may read them. */
const CAN_CREATE = new Set(['BRANCH_OFFICER', 'PROVINCIAL_OFFICER']);

export default function ReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [period, setPeriod] = useState<string | null>(null);
  const [status, setStatus] = useState<ReportStatus | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);

  const periods = useRecentPeriods();
  const units = useSubtree(me.orgUnitId, null);
  const reports = useReports({ period, status, orgUnitId: unit ? Number(unit) : null, page: page - 1 });
  const totalPages = reports.data ? Math.max(1, Math.ceil(reports.data.totalItems / PAGE_SIZE)) : 1;

  const rows = (reports.data?.items ?? []).map((r) => (
    <Table.Tr key={r.id}>
      <Table.Td>
        <Anchor
          component={Link}
          to={`/bao-cao/${r.id}`}
          aria-label={t('reports.openReport', { period: periodLabel(r.period, t), unit: r.orgUnitName })}
        >
          {r.orgUnitName}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodLabel(r.period, t)}</Table.Td>
      <Table.Td>
        <StatusBadge status={r.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.documentNumber ?? t('common.none')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.submittedAt) || t('common.none')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.updatedAt)}</Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('reports.title')}
        </Title>
        <Group gap="sm">
          <Button variant="default" component={Link} to="/bao-cao/tien-do">
            {t('nav.completeness')}
          </Button>
          {CAN_CREATE.has(me.role) && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              disabled={!units.data || periods.isPending}
            >
              {t('reports.create')}
            </Button>
          )}
        </Group>
      </Group>

      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <PeriodSelect
          label={t('reports.period')}
          placeholder={t('common.all')}
          periods={periods.items}
          clearable
          allowDeselect
          value={period}
          onChange={(v) => {
            setPeriod(v);
            setPage(1);
          }}
          style={{ flex: '0 1 220px' }}
        />
        <Select
          label={t('reports.status')}
          placeholder={t('common.all')}
          clearable
          data={REPORT_STATUSES.map((s) => ({ value: s, label: statusLabel(s, t) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as ReportStatus | null);
            setPage(1);
          }}
          style={{ flex: '0 1 200px' }}
        />
        <Select
          label={t('reports.unit')}
          placeholder={t('common.all')}
          clearable
          searchable
          filter={vietnameseFilter}
          data={unitOptions(units.data ?? [], t)}
          nothingFoundMessage={t('org.noResults')}
          value={unit}
          onChange={(v) => {
            setUnit(v);
            setPage(1);
          }}
          style={{ flex: '1 1 260px' }}
        />
      </Group>

      <Paper withBorder>
        {reports.isPending ? (
          <Group p="md">
            <Loader size="sm" aria-label={t('app.loading')} />
          </Group>
        ) : reports.isError ? (
          <Alert color="red" m="sm">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover aria-label={t('reports.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.unit')}</Table.Th>
                  <Table.Th scope="col">{t('reports.period')}</Table.Th>
                  <Table.Th scope="col">{t('reports.status')}</Table.Th>
                  <Table.Th scope="col">{t('reports.documentNumber')}</Table.Th>
                  <Table.Th scope="col">{t('reports.submittedAt')}</Table.Th>
                  <Table.Th scope="col">{t('reports.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length ? (
                  rows
                ) : (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('reports.empty')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Group justify="space-between">
        <Text size="sm">{t('common.total', { count: reports.data?.totalItems ?? 0 })}</Text>
        {totalPages > 1 && (
          <nav aria-label={t('reports.pagination')}>
            <Pagination total={totalPages} value={page} onChange={setPage} />
          </nav>
        )}
      </Group>

      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('reports.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating && (
          <CreateReportForm
            units={units.data ?? []}
            periods={periods.items}
            defaultUnit={me.orgUnitId}
            defaultPeriod={periods.initial}
            onCancel={() => setCreating(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function CreateReportForm({
  units,
  periods,
  defaultUnit,
  defaultPeriod,
  onCancel,
}: {
  units: readonly OrgUnit[];
  periods: readonly PeriodView[];
  defaultUnit: number;
  defaultPeriod: string | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showError = useShowError();
  const [unit, setUnit] = useState<string | null>(String(defaultUnit));
  const [period, setPeriod] = useState<string | null>(defaultPeriod);
  // one key per body: a double click makes one report, another unit or period is another request
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const idempotencyKey = useMemo(() => newUuid(), [unit, period]);
  const create = useCreateReport(idempotencyKey);
  const [errors, setErrors] = useState<{ unit?: string; period?: string }>({});
  const [existing, setExisting] = useState<{ id?: number } | null>(null);
  const options = useMemo(() => unitOptions(units, t), [units, t]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const errs = {
      ...(unit ? {} : { unit: t('validation.requiredSelect') }),
      ...(period ? {} : { period: t('validation.requiredSelect') }),
    };
    setErrors(errs);
    setExisting(null);
    if (!unit || !period) return;
    create.mutate(
      { orgUnitId: Number(unit), period },
      {
        onSuccess: (r) => {
          notifySuccess(t('reports.createdMsg', { period: periodLabel(r.period, t), unit: r.orgUnitName }));
          void navigate(`/bao-cao/${r.id}`);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setExisting({});
            void findReport(Number(unit), period).then(
              (r) => setExisting({ id: r?.id }),
              () => undefined,
            );
            return;
          }
          if (err instanceof ApiError) {
            const fields = Object.fromEntries(
              (err.problem.errors ?? []).map((f) => [f.field.endsWith('period') ? 'period' : 'unit', f.message]),
            );
            if (Object.keys(fields).length) setErrors(fields);
          }
          showError(err);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Select
          label={t('reports.unit')}
          required
          searchable
          filter={vietnameseFilter}
          data={options}
          nothingFoundMessage={t('org.noResults')}
          value={unit}
          onChange={(v) => {
            setUnit(v);
            setExisting(null);
          }}
          error={errors.unit}
          comboboxProps={{ withinPortal: true }}
        />
        <PeriodSelect
          label={t('reports.period')}
          required
          periods={periods}
          value={period}
          onChange={(v) => {
            setPeriod(v);
            setExisting(null);
          }}
          error={errors.period}
        />
        {existing && (
          <Alert color="orange" title={t('reports.exists')} role="alert">
            {existing.id ? (
              <Anchor component={Link} to={`/bao-cao/${existing.id}`}>
                {t('reports.openExisting')}
              </Anchor>
            ) : null}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('reports.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

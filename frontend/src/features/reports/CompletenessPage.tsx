import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vietnameseFilter } from '../../lib/selectFilter';
import { formatDate } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import { PeriodSelect, useRecentPeriods } from './components';
import { COMPLETENESS_STATES, formatDateTime, periodLabel, STATE_COLOR, stateLabel, type Completeness } from './labels';
import { useCompleteness } from './queries';

export default function CompletenessPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const units = useSubtree(me.orgUnitId, null);
  const periods = useRecentPeriods();
  const [parent, setParent] = useState<string | null>(String(me.orgUnitId));
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const period = chosenPeriod ?? periods.initial;
  const data = useCompleteness(parent ? Number(parent) : null, period);

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('completeness.title')}
      </Title>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('completeness.parent')}
          searchable
          filter={vietnameseFilter}
          allowDeselect={false}
          data={unitOptions(units.data ?? [], t)}
          nothingFoundMessage={t('org.noResults')}
          value={parent}
          onChange={setParent}
          style={{ flex: '1 1 280px' }}
        />
        <PeriodSelect
          label={t('reports.period')}
          periods={periods.items}
          value={period}
          onChange={setPeriod}
          style={{ flex: '0 1 220px' }}
        />
      </Group>
      {data.isError ? (
        <Alert color="red">{t('common.loadFailed')}</Alert>
      ) : !data.data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <CompletenessView data={data.data} />
      )}
    </Stack>
  );
}

export function CompletenessChart({ data, height = 240 }: { data: Completeness; height?: number }) {
  const { t } = useTranslation();
  const rows = COMPLETENESS_STATES.map((s) => ({
    state: stateLabel(s, t),
    count: data.counts[s] ?? 0,
    color: STATE_COLOR[s] ?? 'gray.6',
  }));
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={height}
        data={rows}
        dataKey="state"
        barChartProps={{ accessibilityLayer: false }}
        series={[{ name: 'count', label: t('completeness.count'), color: 'redCross.7' }]}
        getBarColor={(_, entry) => String((entry as { color?: string }).color ?? 'redCross.7')}
        tickLine="y"
        xAxisProps={{ interval: 0, angle: -30, textAnchor: 'end', height: 70, fontSize: 11 }}
        yAxisProps={{ allowDecimals: false, width: 30 }}
        withTooltip
        aria-hidden
      />
      <figcaption>
        <Text size="sm">
          {t('completeness.chart')}:{' '}
          {rows
            .filter((r) => r.count > 0)
            .map((r) => `${r.state} ${r.count}`)
            .join('; ') || '0'}
        </Text>
      </figcaption>
    </figure>
  );
}

function CompletenessView({ data }: { data: Completeness }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Group gap="sm">
        <Text fw={600}>{periodLabel(data.period, t)}</Text>
        <Badge color="redCross.8" variant="filled" style={{ textTransform: 'none' }}>
          {t('completeness.deadline', { date: formatDate(data.deadline) })}
        </Badge>
      </Group>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('completeness.chart')}
        </Title>
        <CompletenessChart data={data} />
      </Paper>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('completeness.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.unit')}</Table.Th>
                <Table.Th scope="col">{t('completeness.state')}</Table.Th>
                <Table.Th scope="col">{t('completeness.submittedAt')}</Table.Th>
                <Table.Th scope="col">{t('completeness.report')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>{t('completeness.empty')}</Table.Td>
                </Table.Tr>
              ) : (
                data.items.map((i) => (
                  <Table.Tr key={i.orgUnitId}>
                    <Table.Th scope="row" fw={400}>
                      {i.name}
                    </Table.Th>
                    <Table.Td>
                      <Badge
                        color={STATE_COLOR[i.state] ?? 'gray.7'}
                        variant="filled"
                        style={{ textTransform: 'none', minWidth: 'max-content' }}
                      >
                        {stateLabel(i.state, t)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(i.submittedAt) || t('common.none')}
                    </Table.Td>
                    <Table.Td>
                      {i.reportId ? (
                        <Anchor component={Link} to={`/bao-cao/${i.reportId}`}>
                          {t('reports.open')}
                          <VisuallyHidden> {i.name}</VisuallyHidden>
                        </Anchor>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}

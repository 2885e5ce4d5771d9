import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart, FunnelChart } from '@mantine/charts';
import { Alert, Anchor, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vietnameseFilter } from '../../lib/selectFilter';
import { formatNumber, formatVnd } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import { CompletenessChart } from '../reports/CompletenessPage';
import { PeriodSelect, useRecentPeriods } from '../reports/components';
import {
  activitiesByMonth,
  activitiesByType,
  keyFigures,
  nominationFunnel,
  periodLabel,
  periodRange,
} from '../reports/labels';
import { useCompleteness, useFigures, useMonthlyFigures } from '../reports/queries';

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function NoData() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" size="sm">
      {t('dashboard.noData')}
    </Text>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const units = useSubtree(me.orgUnitId, null);
  const periods = useRecentPeriods();
  const [unit, setUnit] = useState<string | null>(String(me.orgUnitId));
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const period = chosenPeriod ?? periods.initial;
  const unitId = unit ? Number(unit) : null;
  const figures = useFigures(unitId, period);
  const completeness = useCompleteness(unitId, period);
  const monthly = useMonthlyFigures(unitId, period);

  const f = figures.data;
  const cards = keyFigures(f);
  const byType = activitiesByType(f, t);
  const funnel = nominationFunnel(f);
  const byMonth = activitiesByMonth(monthly.data, t);
  const funnelColors = ['redCross.9', 'redCross.7', 'redCross.5', 'redCross.3'];

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('dashboard.unit')}
          searchable
          filter={vietnameseFilter}
          allowDeselect={false}
          data={unitOptions(units.data ?? [], t)}
          nothingFoundMessage={t('org.noResults')}
          value={unit}
          onChange={setUnit}
          style={{ flex: '1 1 280px' }}
        />
        <PeriodSelect
          label={t('dashboard.period')}
          periods={periods.items}
          value={period}
          onChange={setPeriod}
          style={{ flex: '0 1 220px' }}
        />
      </Group>
      {f && (
        <Text size="sm">
          {f.orgUnitName} · {periodLabel(f.period, t)} ({periodRange(f.from, f.to, t)})
        </Text>
      )}

      {figures.isError ? (
        <Alert color="red">{t('common.loadFailed')}</Alert>
      ) : figures.isPending && period ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : null}

      <section aria-label={t('dashboard.keyFigures')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" data-testid="key-figures">
          {cards.map((c) => (
            <Paper key={c.key} withBorder p="md">
              <Text size="sm" c="dimmed">
                {t(`dashboard.${c.key}`)}
              </Text>
              {c.value == null ? (
                <Text fw={600} c="dimmed">
                  {t('dashboard.noData')}
                </Text>
              ) : (
                <Text fw={800} size="xl" c="redCross.8">
                  {c.money ? formatVnd(c.value) : formatNumber(c.value)}
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      </section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card title={t('dashboard.activitiesByType')}>
          {byType.length === 0 ? (
            <NoData />
          ) : (
            <figure style={{ margin: 0 }}>
              <BarChart
                h={240}
                data={byType}
                dataKey="type"
                barChartProps={{ accessibilityLayer: false }}
                series={[{ name: 'count', label: t('dashboard.activities'), color: 'redCross.7' }]}
                yAxisProps={{ allowDecimals: false, width: 30 }}
                xAxisProps={{ interval: 0, fontSize: 11 }}
                aria-hidden
              />
              <figcaption>
                <Text size="sm">{byType.map((b) => `${b.type}: ${formatNumber(b.count)}`).join('; ')}</Text>
              </figcaption>
            </figure>
          )}
        </Card>
        <Card title={t('dashboard.funnel')}>
          {funnel.length === 0 ? (
            <NoData />
          ) : (
            <figure style={{ margin: 0 }}>
              <FunnelChart
                size={220}
                data={funnel.map((s, i) => ({
                  name: t(`dashboard.${s.step}`),
                  value: s.count,
                  color: funnelColors[i] ?? 'redCross.5',
                }))}
                withTooltip
                funnelChartProps={{ accessibilityLayer: false }}
                aria-hidden
              />
              <figcaption>
                <Text size="sm">
                  {funnel.map((s) => `${t(`dashboard.${s.step}`)}: ${formatNumber(s.count)}`).join(' → ')}
                </Text>
              </figcaption>
            </figure>
          )}
        </Card>
        <Card title={t('dashboard.activitiesByMonth')}>
          {monthly.isError ? (
            <NoData />
          ) : !monthly.data ? (
            period ? (
              <Loader size="sm" aria-label={t('app.loading')} />
            ) : (
              <NoData />
            )
          ) : byMonth.every((m) => m.activities === 0) ? (
            <Text c="dimmed" size="sm">
              {t('dashboard.noActivitiesInPeriod')}
            </Text>
          ) : (
            <figure style={{ margin: 0 }} data-testid="by-month">
              <BarChart
                h={240}
                data={byMonth}
                dataKey="label"
                barChartProps={{ accessibilityLayer: false }}
                series={[{ name: 'activities', label: t('dashboard.activities'), color: 'redCross.7' }]}
                yAxisProps={{ allowDecimals: false, width: 30 }}
                xAxisProps={{ fontSize: 11 }}
                aria-hidden
              />
              <figcaption>
                <Text size="sm">
                  {byMonth
                    .filter((m) => m.activities > 0)
                    .map((m) => `${m.label}: ${formatNumber(m.activities)}`)
                    .join('; ')}
                </Text>
              </figcaption>
            </figure>
          )}
        </Card>
        <Card title={t('dashboard.completeness')}>
          {completeness.isError ? (
            <NoData />
          ) : !completeness.data ? (
            period ? (
              <Loader size="sm" aria-label={t('app.loading')} />
            ) : (
              <NoData />
            )
          ) : (
            <Stack gap="xs">
              <CompletenessChart data={completeness.data} height={220} />
              <Anchor component={Link} to="/bao-cao/tien-do" size="sm">
                {t('dashboard.seeCompleteness')}
              </Anchor>
            </Stack>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

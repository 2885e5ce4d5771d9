import { useMemo } from 'react';
import { Alert, Anchor, Badge, Paper, Select, Stack, Table, Text, Title, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '../../lib/format';
import {
  childColumns,
  childValueLabel,
  columnLabel,
  defaultPeriod,
  formatFigure,
  periodLabel,
  recentYears,
  rowLabel,
  sectionLabel,
  sourceLabel,
  statusLabel,
  STATUS_COLOR,
  type FigureSection,
  type Figures,
} from './labels';
import { usePeriods } from './queries';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status] ?? 'gray.7'}
      variant="filled"
      style={{ textTransform: 'none', minWidth: 'max-content' }}
      data-testid="report-status"
    >
      {statusLabel(status, t)}
    </Badge>
  );
}

/** The report periods of recent years (GET /periods per year) and the one to start with. */
export function useRecentPeriods() {
  const years = useMemo(() => recentYears(), []);
  const periods = usePeriods(years);
  const initial = useMemo(() => defaultPeriod(periods.items, todayIso()), [periods.items]);
  return { ...periods, initial };
}

/** A select of period codes with their Vietnamese names ("6 tháng đầu năm 2021", "Năm 2021"). */
export function PeriodSelect(props: Omit<SelectProps, 'data'> & { periods: readonly { code: string }[] }) {
  const { t } = useTranslation();
  const { periods, ...rest } = props;
  const data = periods.map((p) => ({ value: p.code, label: periodLabel(p.code, t) }));
  return <Select allowDeselect={false} data={data} {...rest} />;
}

function SectionTable({ name, section }: { name: string; section: FigureSection }) {
  const { t } = useTranslation();
  const title = sectionLabel(name, t);
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={Math.max(420, 160 + section.columns.length * 120)}>
        <Table striped withTableBorder withColumnBorders aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('figures.item')}</Table.Th>
              {section.columns.map((c) => (
                <Table.Th key={c} scope="col" ta="right">
                  {columnLabel(c, t)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {section.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={400}>
                  {rowLabel(r.key, t)}
                </Table.Th>
                {section.columns.map((c) => (
                  <Table.Td key={c} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatFigure(c, r.values[c] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('figures.total')}</Table.Th>
              {section.columns.map((c) => (
                <Table.Td key={c} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatFigure(c, section.total[c] ?? 0)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** One table per section (labels as in the Word report), then the child units with their source. */
export function FiguresView({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const sections = Object.entries(figures.sections);
  const cols = childColumns(figures.children);
  return (
    <Stack>
      {sections.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('figures.empty')}
        </Alert>
      ) : (
        sections.map(([name, s]) => <SectionTable key={name} name={name} section={s} />)
      )}
      <Title order={3} size="h5">
        {t('figures.childrenTitle')}
      </Title>
      {figures.children.length === 0 ? (
        <Text size="sm">{t('figures.noChildren')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={Math.max(480, 320 + cols.length * 140)}>
          <Table striped withTableBorder aria-label={t('figures.childrenTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('figures.unit')}</Table.Th>
                {cols.map((c) => (
                  <Table.Th key={c} scope="col" ta="right">
                    {childValueLabel(c, t)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('figures.sourceCol')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.children.map((c) => (
                <Table.Tr key={c.orgUnitId}>
                  <Table.Th scope="row" fw={400}>
                    {c.name}
                  </Table.Th>
                  {cols.map((k) => (
                    <Table.Td key={k} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatFigure(k, c.values[k])}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {c.source === 'REPORT' && c.reportId ? (
                      <Anchor component={Link} to={`/bao-cao/${c.reportId}`}>
                        {sourceLabel(c.source, t)}
                      </Anchor>
                    ) : (
                      sourceLabel(c.source, t)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack>
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../lib/i18n';
import {
  activitiesByMonth,
  activitiesByType,
  childColumns,
  childValueLabel,
  columnLabel,
  COMPLETENESS_STATES,
  defaultPeriod,
  formatDateTime,
  formatFigure,
  isMoneyKey,
  keyFigures,
  monthLabel,
  nominationFunnel,
  parseRecipients,
  periodLabel,
  periodRange,
  recentYears,
  REPORT_ACTIONS,
  REPORT_STATUSES,
  rowLabel,
  sectionLabel,
  sourceLabel,
  stateLabel,
  statusLabel,
  type Figures,
  type MonthlyFigures,
} from './labels';

const nbsp = '\u00a0';
let t: (k: string, o?: Record<string, unknown>) => string;
let en: (k: string, o?: Record<string, unknown>) => string;

beforeAll(async () => {
  await i18n.changeLanguage('vi');
  t = i18n.getFixedT('vi') as unknown as typeof t;
  en = i18n.getFixedT('en') as unknown as typeof t;
});

describe('periodLabel', () => {
  it('names half-years and years in Vietnamese', () => {
    expect(periodLabel('2021S1', t)).toBe('6 tháng đầu năm 2021');
    expect(periodLabel('2021', t)).toBe('Năm 2021');
    expect(periodLabel('2021S2', t)).toBe('6 tháng cuối năm 2021');
  });
  it('and in English', () => {
    expect(periodLabel('2021S1', en)).toBe('First half of 2021');
    expect(periodLabel('2021', en)).toBe('Year 2021');
  });
  it('leaves unknown codes as they are', () => {
    expect(periodLabel('2021Q3', t)).toBe('2021Q3');
    expect(periodLabel(null, t)).toBe('');
  });
  it('shows the range as dd/MM/yyyy–dd/MM/yyyy', () => {
    expect(periodRange('2020-12-15', '2021-06-14', t)).toBe('15/12/2020–14/06/2021');
  });
});

describe('period pickers', () => {
  it('offer this year and the ones before, newest first', () => {
    expect(recentYears(new Date(2026, 2, 1), 3)).toEqual([2026, 2025, 2024]);
  });
  const periods = [
    { code: '2021S1', kind: 'HALF_YEAR' as const, from: '2020-12-15', to: '2021-06-14' },
    { code: '2021', kind: 'YEAR' as const, from: '2020-12-15', to: '2021-12-14' },
    { code: '2022S1', kind: 'HALF_YEAR' as const, from: '2021-12-15', to: '2022-06-14' },
    { code: '2022', kind: 'YEAR' as const, from: '2021-12-15', to: '2022-12-14' },
  ];
  it('default to the half-year while it runs, then to the year', () => {
    expect(defaultPeriod(periods, '2022-03-01')).toBe('2022S1');
    expect(defaultPeriod(periods, '2022-08-01')).toBe('2022S1');
    expect(defaultPeriod(periods, '2021-12-20')).toBe('2022S1');
    expect(defaultPeriod(periods, '2023-01-10')).toBe('2022');
  });
});

describe('figure values', () => {
  it('format money columns as VND and the rest as numbers', () => {
    expect(isMoneyKey('cashVnd')).toBe(true);
    expect(isMoneyKey('activities.inKindVnd')).toBe(true);
    expect(isMoneyKey('records')).toBe(false);
    expect(formatFigure('cashVnd', 1500000)).toBe(`1.500.000${nbsp}₫`);
    expect(formatFigure('activities.cashVnd', 0)).toBe(`0${nbsp}₫`);
    expect(formatFigure('participants', 12345)).toBe('12.345');
    expect(formatFigure('records', undefined)).toBe('');
  });
  it('use the wording of the Word report for sections, columns and rows', () => {
    expect(sectionLabel('activities', t)).toBe('Hoạt động giao lưu, học tập, thăm hỏi');
    expect(columnLabel('cashVnd', t)).toBe('Tiền mặt (đồng)');
    expect(rowLabel('EXCHANGE', t)).toBe('Trao đổi, giao lưu');
    expect(rowLabel('EXPERIENCE_LEARNING', t)).toBe('Học tập kinh nghiệm');
    expect(rowLabel('FIELD_VISIT', t)).toBe('Tham quan thực tế');
    expect(rowLabel('GIFT_VISIT', t)).toBe('Thăm hỏi tặng quà');
  });
  it('show unknown keys as they are', () => {
    expect(sectionLabel('tests', t)).toBe('tests');
    expect(columnLabel('weird.key', t)).toBe('weird.key');
    expect(rowLabel('ALL', t)).toBe('ALL');
  });
  it('name child columns by section and column', () => {
    expect(childValueLabel('activities.records', t)).toBe('Hoạt động giao lưu, học tập, thăm hỏi – Số lượng');
    expect(childValueLabel('tests.records', t)).toBe('tests – Số lượng');
    expect(childValueLabel('records', t)).toBe('Số lượng');
    expect(childColumns([{ values: { 'a.x': 1 } }, { values: { 'a.x': 2, 'b.y': 3 } }])).toEqual(['a.x', 'b.y']);
  });
  it('name the sources of child rows', () => {
    expect(sourceLabel('REPORT', t)).toBe('Báo cáo đã duyệt');
    expect(sourceLabel('LIVE', t)).toBe('Số liệu trực tiếp');
  });
});

describe('states and statuses', () => {
  it('name every completeness state in Vietnamese', () => {
    expect(COMPLETENESS_STATES.map((s) => stateLabel(s, t))).toEqual([
      'Chưa bắt đầu',
      'Đang soạn',
      'Đã nộp đúng hạn',
      'Nộp muộn',
      'Bị trả lại',
      'Đã duyệt',
      'Đã gửi',
    ]);
  });
  it('name every status and action in both languages', () => {
    for (const s of REPORT_STATUSES) {
      expect(statusLabel(s, t)).not.toBe(s);
      expect(statusLabel(s, en)).not.toBe(s);
    }
    expect(REPORT_ACTIONS.map((a) => t(`reportActions.${a}`))).toEqual([
      'Nộp báo cáo',
      'Trả lại',
      'Phê duyệt',
      'Gửi Ban TĐKT',
    ]);
  });
});

describe('formatDateTime', () => {
  it('shows day, month, year, hours and minutes', () => {
    const d = new Date(2021, 5, 14, 8, 5);
    expect(formatDateTime(d.toISOString())).toBe('14/06/2021 08:05');
    expect(formatDateTime(null)).toBe('');
  });
});

describe('recipients', () => {
  it('are one per line, blanks dropped', () =>
    expect(parseRecipients(' Ban TĐKT tỉnh \n\nLưu VT\n')).toEqual(['Ban TĐKT tỉnh', 'Lưu VT']));
});

describe('dashboard numbers', () => {
  const figures: Figures = {
    orgUnitId: 1,
    orgUnitName: 'Tỉnh',
    period: '2021S1',
    from: '2020-12-15',
    to: '2021-06-14',
    children: [],
    sections: {
      activities: {
        columns: ['records', 'participants', 'cashVnd', 'inKindVnd'],
        rows: [
          { key: 'EXCHANGE', values: { records: 2 } },
          { key: 'GIFT_VISIT', values: { records: 5 } },
        ],
        total: { records: 7, participants: 120, beneficiaries: 40, cashVnd: 1000000, inKindVnd: 500000 },
      },
      nominations: {
        columns: ['newInPeriod', 'recognized', 'honored', 'replicated'],
        rows: [],
        total: { newInPeriod: 9, recognized: 4, honored: 2, replicated: 1 },
      },
    },
  };
  it('sum cash and gifts, and leave missing sections empty', () => {
    const cards = Object.fromEntries(keyFigures(figures).map((k) => [k.key, k.value]));
    expect(cards).toMatchObject({ activities: 7, participants: 120, giftMoney: 1500000, newNominations: 9 });
    expect(cards.communications).toBeNull();
    expect(keyFigures(undefined).every((k) => k.value === null)).toBe(true);
  });
  it('count activities per type and build the nomination funnel', () => {
    expect(activitiesByType(figures, t)).toEqual([
      { type: 'Trao đổi, giao lưu', count: 2 },
      { type: 'Thăm hỏi tặng quà', count: 5 },
    ]);
    expect(nominationFunnel(figures).map((s) => s.count)).toEqual([9, 4, 2, 1]);
    expect(nominationFunnel({ ...figures, sections: {} })).toEqual([]);
  });
});

describe('activities per month', () => {
  const monthly: MonthlyFigures = {
    orgUnitId: 1,
    orgUnitName: 'Tỉnh',
    period: '2021S1',
    from: '2020-12-15',
    to: '2021-06-14',
    months: [
      {
        month: '2020-12',
        from: '2020-12-15',
        to: '2020-12-31',
        values: { 'activities.records': 3, 'activities.participants': 40 },
      },
      { month: '2021-01', from: '2021-01-01', to: '2021-01-31', values: {} },
      { month: '2021-06', from: '2021-06-01', to: '2021-06-14', values: { 'activities.records': 1 } },
    ],
  };
  it('label months in Vietnamese (Th12/2020) and in English (12/2020)', () => {
    expect(monthLabel('2020-12', t)).toBe('Th12/2020');
    expect(monthLabel('2021-06', t)).toBe('Th6/2021');
    expect(monthLabel('2021-06', en)).toBe('6/2021');
    expect(monthLabel('bad', t)).toBe('bad');
  });
  it('keep every month in order, zeros included, with the days inside the period', () => {
    expect(activitiesByMonth(monthly, t)).toEqual([
      { month: '2020-12', label: 'Th12/2020', range: '15/12/2020–31/12/2020', activities: 3, participants: 40 },
      { month: '2021-01', label: 'Th1/2021', range: '01/01/2021–31/01/2021', activities: 0, participants: 0 },
      { month: '2021-06', label: 'Th6/2021', range: '01/06/2021–14/06/2021', activities: 1, participants: 0 },
    ]);
    expect(activitiesByMonth(undefined, t)).toEqual([]);
  });
});

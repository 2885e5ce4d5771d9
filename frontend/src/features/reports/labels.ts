import type { Schemas } from '../../api/types';
import { formatDate, formatNumber, formatVnd } from '../../lib/format';

export type Report = Schemas['Report'];
export type ReportSummary = Schemas['ReportSummary'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportAction = Schemas['ReportAction'];
export type Figures = Schemas['Figures'];
export type FigureSection = Schemas['FigureSection'];
export type FigureValues = Schemas['FigureValues'];
export type PeriodView = Schemas['PeriodView'];
export type MonthlyFigures = Schemas['MonthlyFigures'];
export type Completeness = Schemas['Completeness'];
export type CompletenessState = Completeness['items'][number]['state'];
export type HistoryEntry = Schemas['ReportHistoryEntry'];

export const REPORT_STATUSES: readonly ReportStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SENT'];
export const REPORT_ACTIONS: readonly ReportAction[] = ['SUBMIT', 'RETURN', 'APPROVE', 'SEND'];
export const COMPLETENESS_STATES: readonly CompletenessState[] = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED_ON_TIME',
  'SUBMITTED_LATE',
  'RETURNED',
  'APPROVED',
  'SENT',
];
export const NARRATIVE_FIELDS = ['results', 'limitations', 'lessons', 'directions', 'proposals'] as const;

type T = (key: string, options?: Record<string, unknown>) => string;

/** `2021S1` → "6 tháng đầu năm 2021", `2021` → "Năm 2021"; anything else as it is. */
export function periodLabel(code: string | null | undefined, t: T): string {
  if (!code) return '';
  const m = /^(\d{4})(S[12])?$/.exec(code.trim());
  if (!m) return code;
  const year = m[1];
  if (m[2] === 'S1') return t('periods.firstHalf', { year });
  if (m[2] === 'S2') return t('periods.secondHalf', { year });
  return t('periods.year', { year });
}

/** `2020-12-15`, `2021-06-14` → "15/12/2020–14/06/2021". */
export function periodRange(from: string | null | undefined, to: string | null | undefined, t: T): string {
  return t('periods.range', { from: formatDate(from), to: formatDate(to) });
}

/** The years whose periods a picker offers: this year's and the `count - 1` before it, newest first. */
export function recentYears(now: Date = new Date(), count = 7): number[] {
  const y = now.getFullYear();
  return Array.from({ length: count }, (_, i) => y - i);
}

/** The newest period that has started by `today` (YYYY-MM-DD), else the oldest given. */
export function defaultPeriod(periods: readonly PeriodView[], today: string): string | null {
  const started = periods.filter((p) => p.from <= today).sort((a, b) => (a.from < b.from ? 1 : -1));
  // a half-year and its year start the same day: prefer the half-year while the year is not over
  const first = started[0];
  if (!first) return periods[periods.length - 1]?.code ?? null;
  const sameStart = started.filter((p) => p.from === first.from);
  const ended = sameStart.filter((p) => p.to < today).sort((a, b) => (a.to < b.to ? 1 : -1));
  if (ended[0]) return ended[0].code;
  return sameStart.find((p) => p.kind === 'HALF_YEAR')?.code ?? first.code;
}

/** The last part of a value key: `activities.cashVnd` → `cashVnd`. */
function column(key: string): string {
  const i = key.lastIndexOf('.');
  return i < 0 ? key : key.slice(i + 1);
}

/** Money columns end in `Vnd`. */
export function isMoneyKey(key: string): boolean {
  return /Vnd$/.test(column(key));
}

/** A figure as shown: `1.500.000 ₫` for money columns, `1.234` otherwise, empty for nothing. */
export function formatFigure(key: string, value: number | null | undefined): string {
  if (value == null) return '';
  return isMoneyKey(key) ? formatVnd(value) : formatNumber(value);
}

const SAFE_KEY = /^[A-Za-z0-9_]+$/;

function lookup(t: T, prefix: string, key: string): string {
  if (!SAFE_KEY.test(key)) return key;
  return t(`${prefix}.${key}`, { defaultValue: key });
}

/** Section names as in the Word report; unknown sections as their key. */
export function sectionLabel(key: string, t: T): string {
  return lookup(t, 'figures.sections', key);
}

export function columnLabel(key: string, t: T): string {
  return lookup(t, 'figures.cols', key);
}

export function rowLabel(key: string, t: T): string {
  return lookup(t, 'figures.rows', key);
}

/** A child row's value key: `activities.records` → "Hoạt động giao lưu, học tập, thăm hỏi – Số lượng". */
export function childValueLabel(key: string, t: T): string {
  const i = key.indexOf('.');
  if (i < 0) return columnLabel(key, t);
  return `${sectionLabel(key.slice(0, i), t)} – ${columnLabel(key.slice(i + 1), t)}`;
}

export function statusLabel(status: string | null | undefined, t: T): string {
  if (!status) return '';
  return lookup(t, 'reportStatus', status);
}

export function actionLabel(action: string, t: T): string {
  return lookup(t, 'reportActions', action);
}

export function stateLabel(state: string, t: T): string {
  return lookup(t, 'completenessState', state);
}

export function sourceLabel(source: string, t: T): string {
  return lookup(t, 'figures.source', source);
}

/** Badge colours dark enough for white text. */
export const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'gray.7',
  SUBMITTED: 'blue.8',
  RETURNED: '#a34008',
  APPROVED: 'teal.9',
  SENT: 'grape.8',
};

export const STATE_COLOR: Record<string, string> = {
  NOT_STARTED: 'gray.7',
  DRAFT: 'dark.4',
  SUBMITTED_ON_TIME: 'blue.8',
  SUBMITTED_LATE: '#a34008',
  RETURNED: 'red.9',
  APPROVED: 'teal.9',
  SENT: 'grape.8',
};

/** An instant as dd/MM/yyyy HH:mm in the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The union of the value keys of the child rows, in first-seen order. */
export function childColumns(children: readonly { values: FigureValues }[]): string[] {
  const keys: string[] = [];
  for (const c of children) for (const k of Object.keys(c.values)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Text lines to the recipients list (blank lines dropped) and back. */
export function parseRecipients(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

// ---- the dashboard's numbers ----

export interface KeyFigure {
  key: string;
  value: number | null;
  money: boolean;
}

function total(f: Figures | undefined, section: string, col: string): number | null {
  const v = f?.sections[section]?.total[col];
  return v == null ? null : v;
}

/** The headline cards; null where the section (or column) is not there yet. */
export function keyFigures(f: Figures | undefined): KeyFigure[] {
  const cash = total(f, 'activities', 'cashVnd');
  const inKind = total(f, 'activities', 'inKindVnd');
  const money = cash == null && inKind == null ? null : (cash ?? 0) + (inKind ?? 0);
  return [
    { key: 'activities', value: total(f, 'activities', 'records'), money: false },
    { key: 'participants', value: total(f, 'activities', 'participants'), money: false },
    { key: 'beneficiaries', value: total(f, 'activities', 'beneficiaries'), money: false },
    { key: 'giftMoney', value: money, money: true },
    { key: 'communications', value: total(f, 'communications', 'records'), money: false },
    { key: 'audience', value: total(f, 'communications', 'audience'), money: false },
    { key: 'newNominations', value: total(f, 'nominations', 'newInPeriod'), money: false },
  ];
}

/** Activities per type (the activities section's rows' counts); empty when the section is missing. */
export function activitiesByType(f: Figures | undefined, t: T): { type: string; count: number }[] {
  const s = f?.sections.activities;
  if (!s) return [];
  return s.rows.map((r) => ({ type: rowLabel(r.key, t), count: r.values.records ?? 0 }));
}

/** new → recognised → honoured → replicated, from the nominations total; empty when the section is missing. */
export function nominationFunnel(f: Figures | undefined): { step: string; count: number }[] {
  const s = f?.sections.nominations;
  if (!s) return [];
  return [
    { step: 'funnelNew', count: s.total.newInPeriod ?? 0 },
    { step: 'funnelRecognized', count: s.total.recognized ?? 0 },
    { step: 'funnelHonored', count: s.total.honored ?? 0 },
    { step: 'funnelReplicated', count: s.total.replicated ?? 0 },
  ];
}

/** `2020-12` → "Th12/2020" (English: "12/2020"); anything else as it is. */
export function monthLabel(month: string, t: T): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return t('dashboard.monthLabel', { month: Number(m[2]), year: m[1] });
}

export interface MonthBar {
  month: string;
  label: string;
  /** the month's days inside the period: the first and last months of 2021 are 15–31/12/2020 and 1–14/12/2021 */
  range: string;
  activities: number;
  participants: number;
}

/** Activities per calendar month of the period, every month in order (zeros included), for the chart. */
export function activitiesByMonth(f: MonthlyFigures | undefined, t: T): MonthBar[] {
  if (!f) return [];
  return f.months.map((m) => ({
    month: m.month,
    label: monthLabel(m.month, t),
    range: periodRange(m.from, m.to, t),
    activities: m.values['activities.records'] ?? 0,
    participants: m.values['activities.participants'] ?? 0,
  }));
}

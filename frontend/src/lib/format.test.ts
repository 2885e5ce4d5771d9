import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatVnd, parseDate, todayIso } from './format';

const nbsp = '\u00a0';

describe('formatVnd', () => {
  it('groups thousands with dots and puts ₫ after', () => {
    expect(formatVnd(1500000)).toBe(`1.500.000${nbsp}₫`);
    expect(formatVnd(0)).toBe(`0${nbsp}₫`);
    expect(formatVnd(999)).toBe(`999${nbsp}₫`);
  });
  it('is empty for nothing', () => {
    expect(formatVnd(null)).toBe('');
    expect(formatVnd(undefined)).toBe('');
  });
});

describe('formatNumber', () => {
  it('uses Vietnamese grouping', () => expect(formatNumber(1234567)).toBe('1.234.567'));
});

describe('formatDate', () => {
  it('shows API dates as dd/MM/yyyy without time-zone shifts', () => {
    expect(formatDate('2021-06-14')).toBe('14/06/2021');
    expect(formatDate('2020-12-20')).toBe('20/12/2020');
  });
  it('is empty for nothing or garbage', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('parseDate', () => {
  it('reads dd/MM/yyyy', () => {
    expect(parseDate('14/06/2021')).toBe('2021-06-14');
    expect(parseDate('1/7/2025')).toBe('2025-07-01');
  });
  it('refuses impossible dates', () => {
    expect(parseDate('31/02/2021')).toBeUndefined();
    expect(parseDate('2021-06-14')).toBeUndefined();
  });
});

describe('todayIso', () => {
  it('uses the local calendar day', () => expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05'));
});

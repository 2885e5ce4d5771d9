import type { NumberInputProps } from '@mantine/core';

/** VND typed with Vietnamese thousand separators and shown as `1.500.000 ₫`: whole đồng, never negative. */
export const vndInputProps: Partial<NumberInputProps> = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  suffix: ' ₫',
  hideControls: true,
  inputMode: 'numeric',
  min: 0,
  max: 999_999_999_999,
};

/** Counts: whole, never negative, grouped like money. */
export const countInputProps: Partial<NumberInputProps> = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  hideControls: true,
  inputMode: 'numeric',
  min: 0,
  max: 2_000_000_000,
};

/** Mantine gives '' for an empty number input. */
export function numberOrNull(v: number | string | null | undefined): number | null {
  if (v === '' || v == null) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

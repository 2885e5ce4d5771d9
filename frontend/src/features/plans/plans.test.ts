import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/format';
import { period } from '../movements/queries';
import { paragraphs } from './queries';

describe('plan text', () => {
  it('splits a section into its paragraphs, one per line, dropping blank lines', () => {
    expect(paragraphs('- Một\n\n  - Hai  \n')).toEqual(['- Một', '- Hai']);
    expect(paragraphs(null)).toEqual([]);
  });
});

describe('movement period', () => {
  it('shows both dates as dd/MM/yyyy, or "from" without an end', () => {
    expect(period('2021-02-01', '2021-05-31', formatDate, 'Từ')).toBe('01/02/2021 – 31/05/2021');
    expect(period('2021-01-01', null, formatDate, 'Từ')).toBe('Từ 01/01/2021');
  });
});

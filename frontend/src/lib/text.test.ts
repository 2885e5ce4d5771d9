import { describe, expect, it } from 'vitest';
import { fold, matchesFolded } from './text';

describe('fold', () => {
  it('ignores case and Vietnamese diacritics, đ included', () => {
    expect(fold('TÂY NINH')).toBe('tay ninh');
    expect(fold('Tây Ninh')).toBe('tay ninh');
    expect(fold('Đường')).toBe('duong');
    expect(fold('Hội Chữ thập đỏ')).toBe('hoi chu thap do');
  });
  it('matches every word anywhere', () => {
    expect(matchesFolded('Hội Chữ thập đỏ tỉnh Tây Ninh (TNH)', 'tay ninh')).toBe(true);
    expect(matchesFolded('Hội Chữ thập đỏ tỉnh Tây Ninh (TNH)', 'ninh hoi')).toBe(true);
    expect(matchesFolded('Hội Chữ thập đỏ phường Gò Dầu', 'tay')).toBe(false);
  });
});

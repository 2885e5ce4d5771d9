import { describe, expect, it } from 'vitest';
import { pageCount } from './paging';

describe('pageCount', () => {
  it('counts the pages from the totals once they are known', () => {
    expect(pageCount(41, 1, true, 20)).toBe(3);
    expect(pageCount(40, 2, false, 20)).toBe(2);
    expect(pageCount(0, 1, false, 20)).toBe(1);
  });
  it('offers the next page while the totals are on their way and the server has more', () => {
    expect(pageCount(undefined, 1, true, 20)).toBe(2);
    expect(pageCount(undefined, 3, true, 20)).toBe(4);
    expect(pageCount(undefined, 3, false, 20)).toBe(3);
  });
});

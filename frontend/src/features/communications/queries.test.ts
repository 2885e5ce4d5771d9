import { describe, expect, it } from 'vitest';
import { filterQuery } from './queries';

describe('the communications list filters', () => {
  it('send the unit (its whole subtree) with the others, and nothing for what is not set', () => {
    expect(filterQuery({ q: ' bao ', channel: 'NEWSPAPER', orgUnitId: 12, status: null, period: '2021S1' })).toEqual({
      q: 'bao',
      channel: 'NEWSPAPER',
      period: '2021S1',
      orgUnitId: 12,
    });
    expect(filterQuery({ orgUnitId: null })).toEqual({});
  });
});

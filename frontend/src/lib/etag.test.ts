import { describe, expect, it } from 'vitest';
import { etagOf, ifMatch, versionOf } from './etag';

describe('ETag helper', () => {
  it('quotes the version', () => {
    expect(etagOf(0)).toBe('"0"');
    expect(etagOf(12)).toBe('"12"');
    expect(ifMatch(3)).toEqual({ 'If-Match': '"3"' });
  });
  it('reads a version back from strong and weak ETags', () => {
    expect(versionOf('"7"')).toBe(7);
    expect(versionOf('W/"7"')).toBe(7);
    expect(versionOf('7')).toBeUndefined();
    expect(versionOf(null)).toBeUndefined();
  });
  it('round-trips', () => expect(versionOf(etagOf(42))).toBe(42));
});

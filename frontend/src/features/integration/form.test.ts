import { describe, expect, it } from 'vitest';
import { addressList, endOfDayVn, scopeKey, toCreateBody } from './form';

describe('integration client form', () => {
  it('names scopes without the colon i18next reads as a namespace', () => {
    expect(scopeKey('org-units:read')).toBe('integration.scope.org_units_read');
  });

  it('ends the chosen day in Việt Nam time', () => {
    expect(endOfDayVn('2027-01-31')).toBe('2027-01-31T16:59:59.000Z');
  });

  it('reads one address per line and ignores blanks', () => {
    expect(addressList(' 203.0.113.5\n\n10.0.0.0/8, 127.0.0.1 ')).toEqual(['203.0.113.5', '10.0.0.0/8', '127.0.0.1']);
  });

  it('leaves out what the administrator left empty', () => {
    const body = toCreateBody({
      name: ' Ban Thi đua ',
      scopes: ['reports:read'],
      orgUnitId: null,
      expiresOn: '2027-01-31',
      addresses: '',
      rateLimit: '',
    });
    expect(body).toEqual({ name: 'Ban Thi đua', scopes: ['reports:read'], expiresAt: '2027-01-31T16:59:59.000Z' });
    expect(
      toCreateBody({
        ...{ name: 'X', scopes: ['movements:read'], expiresOn: '2027-01-31', addresses: '1.2.3.4' },
        orgUnitId: '7',
        rateLimit: 60,
      }),
    ).toMatchObject({ orgUnitId: 7, allowedAddresses: ['1.2.3.4'], rateLimit: 60 });
  });
});

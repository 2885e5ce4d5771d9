import { describe, expect, it } from 'vitest';
import { USERNAME, isStrongPassword } from './validation';
import { newUuid } from './uuid';

describe('validation', () => {
  it('follows the contract for usernames', () => {
    expect(USERNAME.test('canbo.xa')).toBe(true);
    expect(USERNAME.test('ab')).toBe(false);
    expect(USERNAME.test('CanBo')).toBe(false);
  });
  it('needs a letter and a digit in 8+ characters', () => {
    expect(isStrongPassword('ThiDua@2026')).toBe(true);
    expect(isStrongPassword('abcdefgh')).toBe(false);
    expect(isStrongPassword('12345678')).toBe(false);
    expect(isStrongPassword('a1')).toBe(false);
  });
  it('makes distinct v4 UUIDs', () => {
    const a = newUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newUuid()).not.toBe(a);
  });
});

import { describe, expect, it } from 'vitest';
import { vi } from './locales/vi';
import { en } from './locales/en';
import { ORG_LEVELS, ROLES } from '../api/types';

function flatten(obj: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v as object, key));
  }
  return out;
}

const viFlat = flatten(vi);
const enFlat = flatten(en);
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(viFlat).sort());
  });
  it('have no empty messages', () => {
    for (const [k, v] of [...Object.entries(viFlat), ...Object.entries(enFlat)]) expect(v.trim(), k).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    for (const k of Object.keys(viFlat)) expect(placeholders(enFlat[k]!), k).toEqual(placeholders(viFlat[k]!));
  });
  it('name every role and level of the contract', () => {
    for (const r of ROLES) expect(viFlat[`roles.${r}`], r).toBeTruthy();
    for (const l of ORG_LEVELS) expect(viFlat[`levels.${l}`], l).toBeTruthy();
  });
  it('use the agreed Vietnamese names', () => {
    expect(vi.roles).toEqual({
      ADMIN: 'Quản trị hệ thống',
      PROVINCIAL_OFFICER: 'Cán bộ Tỉnh Hội',
      BRANCH_OFFICER: 'Cán bộ Hội cơ sở',
      LEADER: 'Lãnh đạo',
    });
    expect(Object.values(vi.levels)).toEqual(['Tỉnh Hội', 'Phòng, ban', 'Cấp huyện', 'Cấp xã', 'Chi hội']);
  });
});

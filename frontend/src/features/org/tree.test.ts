import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../api/types';
import { buildTree, idsToDepth, isRetired } from './tree';

const u = (id: number, parentId: number | null, extra: Partial<OrgUnit> = {}): OrgUnit => ({
  id,
  parentId,
  code: `U${id}`,
  name: `Unit ${id}`,
  level: 'COMMUNE',
  validFrom: '2020-01-01',
  version: 0,
  createdAt: '2020-01-01T00:00:00Z',
  updatedAt: '2020-01-01T00:00:00Z',
  ...extra,
});

describe('buildTree', () => {
  it('nests children under parents and keeps sibling order', () => {
    const roots = buildTree([u(1, null), u(3, 1), u(2, 1), u(4, 3)]);
    expect(roots.map((n) => n.unit.id)).toEqual([1]);
    expect(roots[0]!.children.map((n) => n.unit.id)).toEqual([3, 2]);
    expect(roots[0]!.children[0]!.children[0]!.depth).toBe(2);
  });
  it('makes orphans roots (their parent was filtered out)', () => {
    expect(buildTree([u(5, 99), u(6, 5)]).map((n) => n.unit.id)).toEqual([5]);
  });
  it('opens the first levels', () => {
    const roots = buildTree([u(1, null), u(2, 1), u(3, 2), u(4, 3)]);
    expect(idsToDepth(roots, 1)).toEqual([1]);
    expect(idsToDepth(roots, 99)).toEqual([1, 2, 3]);
  });
});

describe('isRetired', () => {
  it('is retired from its validTo day on', () => {
    expect(isRetired({ validTo: '2025-07-01' }, '2025-06-30')).toBe(false);
    expect(isRetired({ validTo: '2025-07-01' }, '2025-07-01')).toBe(true);
    expect(isRetired({ validTo: null }, '2030-01-01')).toBe(false);
  });
});

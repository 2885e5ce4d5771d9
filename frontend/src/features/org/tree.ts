import type { OrgUnit } from '../../api/types';

export interface TreeNode {
  unit: OrgUnit;
  depth: number;
  children: TreeNode[];
}

/**
 * Turns the subtree's flat list (parents before children, siblings already in Vietnamese order) into a
 * forest. A unit whose parent is not in the list (e.g. filtered out by a date) becomes a root.
 */
export function buildTree(units: readonly OrgUnit[]): TreeNode[] {
  const byId = new Map<number, TreeNode>();
  for (const unit of units) byId.set(unit.id, { unit, depth: 0, children: [] });
  const roots: TreeNode[] = [];
  for (const unit of units) {
    const node = byId.get(unit.id)!;
    const parent = unit.parentId != null ? byId.get(unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (nodes: TreeNode[], depth: number) => {
    for (const n of nodes) {
      n.depth = depth;
      setDepth(n.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

/** Ids of the nodes shallower than `depth`, i.e. what is open when the page first shows. */
export function idsToDepth(nodes: readonly TreeNode[], depth: number): number[] {
  const out: number[] = [];
  const walk = (ns: readonly TreeNode[]) => {
    for (const n of ns) {
      if (n.depth < depth && n.children.length) {
        out.push(n.unit.id);
        walk(n.children);
      }
    }
  };
  walk(nodes);
  return out;
}

/** A unit is retired on `day` (YYYY-MM-DD) when its validity has ended by then. */
export function isRetired(unit: Pick<OrgUnit, 'validTo'>, day: string): boolean {
  return unit.validTo != null && unit.validTo <= day;
}

import type { Hierarchy } from '../geo/hierarchy.js';
import type { AdministrativeLevel } from '../model/unit.js';

/** A hierarchy as dense arrays for the roll-up loops, built once per hierarchy. @internal */
export interface HierarchyIndex {
  readonly codes: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly parent: Int32Array;
  readonly level: readonly AdministrativeLevel[];
  /** Leaf units below each unit (1 for a leaf). */
  readonly leafCount: Int32Array;
  readonly isLeaf: readonly boolean[];
  readonly children: readonly (readonly number[])[];
}

const cache = new WeakMap<Hierarchy, HierarchyIndex>();

/** @internal */
export function indexHierarchy(h: Hierarchy): HierarchyIndex {
  let idx = cache.get(h);
  // Stryker disable next-line ConditionalExpression: a cache; without it the same index is built again
  if (idx !== undefined) return idx;
  const codes = h.units.map((u) => u.code);
  const index = new Map(codes.map((c, i) => [c, i]));
  const parent = new Int32Array(codes.length).fill(-1);
  const children: number[][] = codes.map(() => []);
  h.units.forEach((u, i) => {
    if (u.parentCode !== undefined) {
      const p = index.get(u.parentCode) as number;
      parent[i] = p;
      (children[p] as number[]).push(i);
    }
  });
  const isLeaf = children.map((c) => c.length === 0);
  const leafCount = new Int32Array(codes.length);
  // Units come parents first, so a backward sweep adds each unit's leaves to its parent.
  for (let i = codes.length - 1; i >= 0; i--) {
    if (isLeaf[i]) leafCount[i] = (leafCount[i] as number) + 1;
    const p = parent[i] as number;
    if (p >= 0) leafCount[p] = (leafCount[p] as number) + (leafCount[i] as number);
  }
  idx = { codes, index, parent, level: h.units.map((u) => u.level), leafCount, isLeaf, children };
  cache.set(h, idx);
  return idx;
}

import { heldOf } from './held-column.js';
import type { RollupPartial } from './partial.js';

/** Partials made in this process by partialRollup or a merge: frozen, so still as they were made. */
const MADE = new WeakSet<object>();

/**
 * Freezes a partial this library has just made (its lists, columns and rules; not the warnings'
 * objects, which may be a caller's) and remembers it: it was correct when made and cannot have
 * changed since, so the merges and finishRollup do not check it again (see {@link isMadeHere}).
 * A partial that went through JSON or another thread is a new object and is checked. @internal
 */
export function madeHere(p: RollupPartial): RollupPartial {
  for (const c of Object.values(p.columns)) {
    // A held column's lists are frozen when they are written (see held-column.ts).
    if (heldOf(c) === undefined) for (const list of [c.unit, c.bucket, c.n, c.a, c.b, c.order]) Object.freeze(list); // (freezing undefined does nothing)
    Object.freeze(c);
  }
  for (const rule of Object.values(p.rules)) Object.freeze(rule);
  for (const part of [p.rules, p.columns, p.units, p.buckets, p.warnings]) Object.freeze(part);
  MADE.add(Object.freeze(p));
  return p;
}

/** Whether a value is a partial made in this process (see {@link madeHere}); false for anything that is not an object. @internal */
// Stryker disable next-line ConditionalExpression,BooleanLiteral: answering false only checks such a partial again, which finds nothing (equivalent mutants: speed, not results)
export const isMadeHere = (p: unknown): boolean => MADE.has(p as object);

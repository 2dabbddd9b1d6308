// The merge of partials through a table of places, tested against the merge pair after pair.
// Through the public functions the two give the same partial (the table falls back to pairs
// whenever it cannot be used), so only these tests can tell a broken table from a working one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../../src/index.js';
import { mergeInPairs, mergeThroughTable, tableOf, tableSideOf } from '../../src/rollup/merge-cells.js';
import { Overflow, sideOf, type PartialColumn } from '../../src/rollup/partial.js';
import { heldColumn, sortFullColumn } from '../../src/rollup/held-column.js';

const U = 3;
const B = 2;
const same = (k: number) => Int32Array.from({ length: k }, (_, i) => i);
const side = (c: PartialColumn) => sideOf(c, same(U), same(B), B);
const tableSide = (c: PartialColumn) => tableSideOf(c, false, same(U), same(B), B);
/** A column of lists held in typed arrays instead (see held-column.ts), its cells in reverse order, and its side. */
const heldSide = (c: PartialColumn) => {
  const m = c.n.length;
  const back = <T>(xs: readonly T[]) => [...xs].reverse();
  const keys = c.unit === undefined ? [...same(m)] : c.unit.map((u, i) => u * B + (c.bucket?.[i] as number));
  const held = heldColumn({
    scale: c.scale as number, size: m, keys: Float64Array.from(back(keys)), B, span: U * B,
    n: Float64Array.from(back(c.n)), a: Float64Array.from(back(c.a as number[])),
    b: Float64Array.from(back(c.b), (v) => (v ?? -1) as number), o: c.order === undefined ? undefined : Float64Array.from(back(c.order)),
  });
  return tableSideOf(held, true, same(U), same(B), B);
};
const TIMES: Aggregation[] = ['sum', 'count', 'mean', 'ratio-of-sums', 'min', 'max', 'first', 'last'];

/** A scaled column over U × B places: a random subset of them, in order, with small figures that tie often. */
const columnArb = fc
  .record({
    // Some places, or every one (a column written without its units and buckets).
    places: fc.oneof(fc.uniqueArray(fc.integer({ min: 0, max: U * B - 1 }), { maxLength: U * B }), fc.constant([...same(U * B)])),
    scale: fc.integer({ min: 0, max: 2 }),
    figures: fc.array(fc.record({ n: fc.integer({ min: 1, max: 3 }), a: fc.integer({ min: -3, max: 3 }), b: fc.option(fc.integer({ min: 0, max: 3 })), order: fc.integer({ min: 0, max: 2 }) }), { minLength: U * B, maxLength: U * B }),
  })
  .map(({ places, scale, figures }): PartialColumn => {
    const keys = [...places].sort((x, y) => x - y);
    const at = (k: number, i: number) => figures[i] as { n: number; a: number; b: number | null; order: number };
    return {
      scale,
      ...(keys.length === U * B ? {} : { unit: keys.map((k) => Math.floor(k / B)), bucket: keys.map((k) => k % B) }),
      n: keys.map((k, i) => at(k, i).n),
      a: keys.map((k, i) => at(k, i).a),
      b: keys.map((k, i) => at(k, i).b),
      order: keys.map((k, i) => at(k, i).order),
    };
  });

describe('merging through a table of places', () => {
  it('gives the column the merge pair after pair gives, for every aggregation over time, ties included', () => {
    const table = tableOf(U * B);
    fc.assert(
      fc.property(fc.array(columnArb, { minLength: 2, maxLength: 5 }), fc.constantFrom(...TIMES), (columns, time) => {
        const ordered = time === 'first' || time === 'last';
        // Only first and last carry order keys.
        const cols = columns.map(({ order, ...rest }) => (ordered ? { ...rest, order: order ?? [] } : rest));
        const pairs = mergeInPairs(time, cols.map(side), U, B);
        expect(mergeThroughTable(time, cols.map(tableSide), table, B)).toEqual(pairs);
        // The same columns held in typed arrays, their cells in reverse, as a partial made here holds them.
        expect(mergeThroughTable(time, cols.map(heldSide), table, B)).toEqual(pairs);
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('sums denominators where both partials have one, and keeps the one there is', () => {
    const x: PartialColumn = { scale: 0, unit: [0, 1], bucket: [0, 0], n: [1, 1], a: [2, 3], b: [5, null] };
    const y: PartialColumn = { scale: 1, unit: [0, 1], bucket: [0, 0], n: [2, 1], a: [15, 5], b: [70, 40] };
    expect(mergeThroughTable('ratio-of-sums', [tableSide(x), tableSide(y)], tableOf(U * B), B)).toEqual({ scale: 1, unit: [0, 1], bucket: [0, 0], n: [3, 2], a: [35, 35], b: [120, 40] });
  });

  it('takes figures up to 2^53 − 1 on either side of 0 and throws Overflow past them, leaving the table clear', () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    const one = (a: number, scale = 0): PartialColumn => ({ scale, unit: [0], bucket: [0], n: [1], a: [a], b: [null] });
    const table = tableOf(U * B);
    expect(mergeThroughTable('max', [tableSide(one(MAX)), tableSide(one(-MAX))], table, B).a).toEqual([MAX]);
    expect(mergeThroughTable('min', [tableSide(one(MAX)), tableSide(one(-MAX))], table, B).a).toEqual([-MAX]);
    for (const [x, y] of [[one(MAX), one(1)], [one(-MAX), one(-1)], [one(2 ** 53), one(0)], [one(-(2 ** 53)), one(0)], [one(10 ** 15), one(1, 2)]] as const) {
      expect(() => mergeThroughTable('sum', [tableSide(x), tableSide(y)], table, B)).toThrow(Overflow);
      // Nothing of the refused merge is left in the table: the next merge starts clear.
      expect(mergeThroughTable('sum', [tableSide(one(1)), tableSide(one(2))], table, B)).toEqual({ scale: 0, unit: [0], bucket: [0], n: [2], a: [3], b: [null] });
    }
  });

  it('puts the cells of a column with every place in key order, in place, each list alike', () => {
    // Cells 0…5 hold keys 3, 0, 5, 1, 4, 2: the cell of key k moves to place k.
    const keys = Float64Array.from([3, 0, 5, 1, 4, 2]);
    const n = Float64Array.from([13, 10, 15, 11, 14, 12]);
    const a = Float64Array.from([-3, 0, -5, -1, -4, -2]);
    sortFullColumn(keys, [n, undefined, a]);
    expect([[...keys], [...n], [...a]]).toEqual([[0, 1, 2, 3, 4, 5], [10, 11, 12, 13, 14, 15], [0, -1, -2, -3, -4, -5]]);
  });
});

// A deliberately plain implementation of the roll-up semantics, in decimals throughout, with
// maps and lists: the oracle the engine must equal to the last digit. It shares no code with
// the library: its own decimal contexts, its own period bounds and tree walks. The semantics:
// sums are exact; each division is rounded to 40 significant digits (half up); every figure
// written out is rounded once to 40 significant digits.
import Decimal from 'decimal.js';
import type { Hierarchy, Indicator, Observation, RollupOptions } from '../../src/index.js';

const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof Dec>;
const Exact = Decimal.clone({ precision: 1000 });
const plus = (a: Dec, b: Decimal.Value) => new Dec(new Exact(a).plus(b));
const decString = (d: Dec) => {
  const r = new Dec(d).toSignificantDigits(40);
  return r.isZero() ? '0' : r.toFixed();
};

/** The first and last day of a period: 2025, 2025-Q2, 2025-06, 2025-06-30. */
function periodBounds(period: string): { kind: string; start: string; end: string } {
  const y = period.slice(0, 4);
  const last = (m: number) => new Date(Date.UTC(Number(y), m, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  if (period.length === 4) return { kind: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  if (period[5] === 'Q') {
    const q = Number(period[6]);
    return { kind: 'quarter', start: `${y}-${mm(q * 3 - 2)}-01`, end: `${y}-${mm(q * 3)}-${last(q * 3)}` };
  }
  const m = Number(period.slice(5, 7));
  if (period.length === 7) return { kind: 'month', start: `${period}-01`, end: `${period}-${last(m)}` };
  return { kind: 'day', start: period, end: period };
}

/** Every unit below a code, by the tree's own children lists. */
function descendantsOf(h: Hierarchy, code: string): { code: string }[] {
  return (h.childrenByCode.get(code) ?? []).flatMap((c) => [c, ...descendantsOf(h, c.code)]);
}

export interface OracleRow {
  key: string;
  status: string;
  value?: string;
  numerator?: string;
  denominator?: string;
  reported: number;
  expected: number;
}

const bucketOf = (period: string, bucket: string): string | undefined => {
  const b = periodBounds(period)!;
  if (bucket === 'whole') return 'all';
  if (bucket === 'year') return b.start.slice(0, 4);
  if (bucket === 'month') return b.start.slice(0, 7) === b.end.slice(0, 7) ? b.start.slice(0, 7) : undefined;
  if (bucket === 'quarter') {
    const q = (m: string) => Math.floor((Number(m) - 1) / 3) + 1;
    return b.start.slice(0, 4) === b.end.slice(0, 4) && q(b.start.slice(5, 7)) === q(b.end.slice(5, 7)) ? `${b.start.slice(0, 4)}-Q${q(b.start.slice(5, 7))}` : undefined;
  }
  return b.kind === 'day' ? b.start : undefined;
};

export function oracleRollup(observations: readonly Observation[], indicators: readonly Indicator[], h: Hierarchy, options: RollupOptions = {}): OracleRow[] {
  const bucket = options.bucket ?? 'year';
  const nonLeaf = options.nonLeafFigures ?? 'prefer-children';
  const levels = new Set(options.levels ?? h.levels);
  const out: OracleRow[] = [];
  for (const ind of indicators) {
    const time = options.aggregation?.[ind.id]?.time ?? ind.aggregation.time;
    const space = options.aggregation?.[ind.id]?.space ?? ind.aggregation.space;
    const usesShare = time === 'ratio-of-sums' || space === 'ratio-of-sums';
    // Over time.
    const groups = new Map<string, Observation[]>();
    for (const o of observations) {
      if (o.indicatorId !== ind.id || !h.byCode.has(o.unitCode)) continue;
      const b = bucketOf(o.period, bucket);
      if (b === undefined) continue;
      if (usesShare && o.numerator === undefined) continue;
      const k = `${o.unitCode}|${b}`;
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    // A share's figure is its ratio in per cent, 0 over a zero denominator (as a cell's figure is).
    const x = (o: Observation) => (o.value !== undefined ? new Dec(o.value) : new Dec(o.denominator!).isZero() ? new Dec(0) : new Dec(o.numerator!).div(o.denominator!).times(100));
    const end = (o: Observation) => periodBounds(o.period)!.end + periodBounds(o.period)!.start;
    // Two figures of one period: the smaller first; of two equal ratios, the smaller numerator.
    const numerator = (o: Observation) => new Dec(o.numerator ?? 0);
    type Cell = { n: number; value?: Dec; num?: Dec; den?: Dec };
    const cells = new Map<string, Cell>();
    for (const [k, obs] of groups) {
      const n = obs.length;
      const sorted = [...obs].sort((p, q) => (end(p) < end(q) ? -1 : end(p) > end(q) ? 1 : x(p).cmp(x(q)) || numerator(p).cmp(numerator(q))));
      const pick = time === 'first' ? sorted[0]! : sorted[n - 1]!;
      const pair = (o: Observation) => (o.numerator === undefined ? {} : { num: new Dec(o.numerator), den: new Dec(o.denominator!) });
      const sum = obs.reduce((a, o) => plus(a, x(o)), new Dec(0));
      const c: Cell =
        time === 'ratio-of-sums'
          ? { n, num: obs.reduce((a, o) => plus(a, o.numerator!), new Dec(0)), den: obs.reduce((a, o) => plus(a, o.denominator!), new Dec(0)) }
          : time === 'first' || time === 'last'
            ? { n, value: x(pick), ...pair(pick) }
            : time === 'min'
              ? { n, value: Dec.min(...obs.map(x)) }
              : time === 'max'
                ? { n, value: Dec.max(...obs.map(x)) }
                : time === 'count'
                  ? { n, value: new Dec(n) }
                  : time === 'sum'
                    ? { n, value: sum }
                    : { n, value: sum.div(n) };
      if (c.value === undefined && c.num !== undefined) c.value = c.den!.isZero() ? new Dec(0) : c.num.div(c.den!).times(100);
      cells.set(k, c);
    }
    const buckets = new Set([...cells.keys()].map((k) => k.split('|')[1]!));
    for (const b of buckets) {
      const at = (code: string) => cells.get(`${code}|${b}`);
      const isLeaf = (code: string) => (h.childrenByCode.get(code) ?? []).length === 0;
      const ancestors = (code: string): string[] => {
        const p = h.byCode.get(code)?.parentCode;
        return p === undefined ? [] : [p, ...ancestors(p)];
      };
      const kept = new Set<string>();
      const own = new Set<string>();
      for (const u of h.units) {
        if (at(u.code) === undefined) continue;
        if (nonLeaf === 'prefer-own' && ancestors(u.code).some((a) => at(a) !== undefined)) continue;
        if (isLeaf(u.code) || nonLeaf === 'add') kept.add(u.code);
        else if (nonLeaf === 'prefer-children' && descendantsOf(h, u.code).some((d) => at(d.code) !== undefined)) continue;
        else (kept.add(u.code), own.add(u.code));
      }
      for (const u of h.units) {
        if (!levels.has(u.level)) continue;
        const sub = [u.code, ...descendantsOf(h, u.code).map((d) => d.code)].filter((c) => kept.has(c));
        if (sub.length === 0) continue;
        const leaves = [u, ...descendantsOf(h, u.code)].filter((d) => isLeaf(d.code)).map((d) => d.code);
        const coveredLeaf = (l: string) => kept.has(l) || [l, ...ancestors(l)].some((a) => own.has(a));
        const reported = leaves.filter(coveredLeaf).length;
        const row: OracleRow = { key: `${ind.id}|${u.code}|${b}`, status: 'value', reported, expected: leaves.length };
        if (options.minCoverage !== undefined && new Dec(reported).div(leaves.length).lt(options.minCoverage)) {
          out.push({ ...row, status: 'insufficient-coverage' });
          continue;
        }
        const vals = sub.map((c) => at(c)!);
        if (space === 'ratio-of-sums') {
          const num = vals.reduce((a, c) => plus(a, c.num!), new Dec(0));
          const den = vals.reduce((a, c) => plus(a, c.den!), new Dec(0));
          if (den.isZero()) out.push({ ...row, status: 'insufficient-coverage' });
          else out.push({ ...row, value: decString(num.div(den).times(100)), numerator: decString(num), denominator: decString(den) });
        } else if (space === 'count') out.push({ ...row, value: String(vals.length) });
        else if (space === 'min') out.push({ ...row, value: decString(Dec.min(...vals.map((c) => c.value!))) });
        else if (space === 'max') out.push({ ...row, value: decString(Dec.max(...vals.map((c) => c.value!))) });
        else if (space === 'sum') out.push({ ...row, value: decString(vals.reduce((a, c) => plus(a, c.value!), new Dec(0))) });
        else out.push({ ...row, value: decString(vals.reduce((a, c) => plus(a, c.value!), new Dec(0)).div(vals.length)) });
      }
    }
  }
  return out.sort((p, q) => (p.key < q.key ? -1 : 1));
}

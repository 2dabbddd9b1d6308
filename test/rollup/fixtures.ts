import fc from 'fast-check';
import { hierarchyAt, type AdministrativeUnit, type Hierarchy, type Indicator, type Observation, type RollupResult } from '../../src/index.js';
import type { OracleRow } from './oracle.js';

/** A numerator and a denominator, for a test indicator that is a share. */
export const SHARE = { numerator: { vi: 'tử', en: 'numerator' }, denominator: { vi: 'mẫu', en: 'denominator' } };

/** A count indicator for the roll-up's tests: its aggregation over time and space (`sum` unless told), and any other field. */
export const testIndicator = (id: string, time: Indicator['aggregation']['time'], space: Indicator['aggregation']['space'] = 'sum', extra: Partial<Indicator> = {}): Indicator => ({
  id, name: { vi: id, en: id }, domain: 'digital-government', unit: 'count', direction: 'higher-is-better', aggregation: { time, space }, ...extra,
});

/** A three-level tree: `p` provinces, each with `d` districts of `c` communes (codes 2, 3, 5 digits). */
export function syntheticHierarchy(p: number, d: number, c: number, date = '2025-06-30'): Hierarchy {
  const units: AdministrativeUnit[] = [];
  const u = (code: string, level: AdministrativeUnit['level'], type: AdministrativeUnit['type'], parentCode?: string): AdministrativeUnit => ({
    code, name: code, nameEn: code, fullName: code, fullNameEn: code, type, level, validFrom: '2020-01-01', ...(parentCode === undefined ? {} : { parentCode }),
  });
  for (let i = 0; i < p; i++) {
    const pc = String(10 + i);
    units.push(u(pc, 'province', 'province'));
    for (let j = 0; j < d; j++) {
      const dc = String(100 + i * d + j);
      units.push(u(dc, 'district', 'rural-district', pc));
      for (let k = 0; k < c; k++) units.push(u(String(10000 + (i * d + j) * c + k), 'commune', 'commune', dc));
    }
  }
  return hierarchyAt({ name: 'synthetic', coverage: { from: '2020-01-01' }, units }, date);
}

const share = { numerator: { vi: 'tử', en: 'numerator' }, denominator: { vi: 'mẫu', en: 'denominator' } };
const ind = (id: string, time: Indicator['aggregation']['time'], space: Indicator['aggregation']['space'], isShare = false): Indicator => ({
  id, name: { vi: id, en: id }, domain: 'digital-government', unit: isShare ? 'percent' : 'count', direction: 'higher-is-better', aggregation: { time, space }, ...(isShare ? { share } : {}),
});

/** Indicators of every kind the engine supports. */
export const KINDS: Indicator[] = [
  ind('count-sum', 'sum', 'sum'),
  ind('share-ratio', 'ratio-of-sums', 'ratio-of-sums', true),
  ind('share-last', 'last', 'ratio-of-sums', true),
  ind('share-first-mean-of-ratios', 'first', 'mean-of-ratios', true),
  ind('stock-last-sum', 'last', 'sum'),
  ind('level-mean-max', 'mean', 'max'),
  ind('level-max-min', 'max', 'min'),
  ind('hours-min-mean', 'min', 'mean'),
  ind('reports-count', 'count', 'count'),
  ind('count-sum-mean', 'sum', 'mean'),
];

// Figures of every size the engine meets: small ones with up to six decimals (mixed scales in one
// column), and now and then one past 2^53 (21 digits), which the engine adds in decimals.
const decimal = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 6 })).map(([n, s]) => new Decimal(n).div(10 ** s).toFixed()) },
  { weight: 1, arbitrary: fc.bigInt({ min: 10n ** 16n, max: 10n ** 21n }).map((n) => n.toString()) },
);

/** Observations over a hierarchy's units (mostly leaves, some parents, some unknown codes). */
export function observationsArb(h: Hierarchy, max = 60): fc.Arbitrary<Observation[]> {
  const codes = h.units.map((u) => u.code);
  const leaves = h.units.filter((u) => (h.childrenByCode.get(u.code) ?? []).length === 0).map((u) => u.code);
  const unit = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...leaves) }, { weight: 2, arbitrary: fc.constantFrom(...codes) }, { weight: 1, arbitrary: fc.constant('99999') });
  const period = fc.oneof(fc.integer({ min: 1, max: 12 }).map((m) => `2025-${String(m).padStart(2, '0')}`), fc.constantFrom('2025', '2025-Q2', '2025-03-31', '2024-12'));
  const obs = fc.record({ indicator: fc.constantFrom(...KINDS), unitCode: unit, period, value: decimal, den: decimal, asShare: fc.boolean(), negative: fc.boolean() }).map(({ indicator, unitCode, period: p, value, den, asShare, negative }): Observation => {
    const isShare = indicator.share !== undefined;
    if (isShare || asShare) {
      const d = new Decimal(den).plus(value).toFixed();
      if (isShare || indicator.aggregation.time === 'max') return { indicatorId: indicator.id, unitCode, period: p, numerator: value, denominator: d === '0' ? '1' : d };
    }
    // A value (not a share) may be negative: a change, a balance.
    return { indicatorId: indicator.id, unitCode, period: p, value: negative && value !== '0' ? `-${value}` : value };
  });
  return fc.array(obs, { maxLength: max });
}
import Decimal from 'decimal.js';

/** Rows of a roll-up in the oracle's shape. */
export function asOracleRows(r: RollupResult): OracleRow[] {
  return r.rows
    .map((x) => ({
      key: `${x.indicatorId}|${x.unitCode}|${x.period}`,
      status: x.status,
      ...(x.status === 'value' ? { value: x.value, ...(x.numerator === undefined ? {} : { numerator: x.numerator, denominator: x.denominator }) } : {}),
      reported: x.coverage.reported,
      expected: x.coverage.expected,
    }))
    .sort((p, q) => (p.key < q.key ? -1 : 1));
}

// Every @example in the TSDoc of the source runs here. A line `expression; // value` whose
// comment is a plain value is checked: the expression must equal it. Examples may use the
// fixtures below (a hierarchy, some observations, a scorecard) as if a reader had them.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as partials from '../../src/rollup/partials.js';
import * as communes from '../../src/vn/communes.js';
import * as vn from '../../src/vn/index.js';
import * as assess from '../../src/assess/index.js';
import * as render from '../../src/report/render.js';
import * as tabular from '../../src/tabular/index.js';
import * as testing from '../../src/testing/index.js';
import fc from 'fast-check';

const root = resolve(__dirname, '../..');
// Every source file, tracked by git or not yet (a new module before its first commit).
const sources = (readdirSync(resolve(root, 'src'), { recursive: true }) as string[])
  .map((f) => `src/${f.split('\\').join('/')}`)
  .filter((f) => f.endsWith('.ts') && !f.includes('/generated/'))
  .sort();
const examples: { file: string; name: string; code: string }[] = [];
for (const file of sources) {
  const text = readFileSync(resolve(root, file), 'utf8');
  for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*export (?:function|const|class) (\w+)/g)) {
    const doc = m[1] as string;
    for (const ex of doc.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)) {
      examples.push({ file, name: m[2] as string, code: (ex[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n') });
    }
  }
}

const { hierarchyAt, rollup, buildScorecard, parseObservations } = api;
const { partialRollup } = partials;
const h = hierarchyAt(communes.vnUnits, '2025-07-01');
const onlineDossierRate = vn.vnIndicators['online-dossier-rate'];
const indicators = [onlineDossierRate];
const observations = parseObservations(
  (h.childrenByCode.get('75') ?? []).slice(0, 10).map((c, i) => ({ indicatorId: 'online-dossier-rate', unitCode: c.code, period: '2025-06', numerator: 50 + i, denominator: 100 })),
);
const fixtures = {
  h,
  hierarchy: h,
  onlineDossierRate,
  indicators,
  observations,
  firstHalf: observations.slice(0, 5),
  secondHalf: observations.slice(5),
  parts: [partialRollup(observations.slice(0, 5), indicators), partialRollup(observations.slice(5), indicators)],
  result: rollup(observations, indicators, h),
  card: buildScorecard(vn.plans.dongNai2025, vn.dongNai2025Reported.observations, { asOf: '2025-09-29' }),
  observations2024: parseObservations([
    { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2024', numerator: 900, denominator: 1000 },
    { indicatorId: 'online-dossier-rate', unitCode: '70', period: '2024', numerator: 300, denominator: 500 },
  ]),
};
// An assessment framework and evidence on two tracks, for the assessment examples.
const assessmentFramework = assess.parseAssessmentFramework({
  id: 'mini', title: { vi: 'Bộ chỉ số', en: 'Index' }, maxPoints: 30,
  source: { document: 'QĐ 1/QĐ-UBND', issuer: 'UBND tỉnh', date: '2025-01-01' },
  pillars: [{ id: 'p', label: { vi: 'Trụ cột', en: 'Pillar' }, mainIndices: [{ id: 'm', label: { vi: 'Chỉ số', en: 'Index' }, maxPoints: 30, components: [
    { id: 'docs', label: { vi: 'Văn bản', en: 'Documents' }, maxPoints: 20, rule: { kind: 'ratio' } },
    { id: 'portal', label: { vi: 'Chuyên mục', en: 'Portal section' }, maxPoints: 10, rule: { kind: 'yes-no' } },
  ] }] }],
});
const assessmentEvidence = assess.parseEvidence([
  { unitCode: '26734', componentId: 'docs', track: 'self', numerator: 3, denominator: 4 },
  { unitCode: '26734', componentId: 'portal', track: 'self', yes: true },
  { unitCode: '26734', componentId: 'docs', track: 'appraised', numerator: 2, denominator: 4 },
  { unitCode: '26734', componentId: 'portal', track: 'appraised', yes: true },
]);
const scope: Record<string, unknown> = { ...api, ...partials, ...assess, ...render, ...vn, ...communes, ...tabular, ...testing, fc, ...fixtures, framework: assessmentFramework, evidence: assessmentEvidence };

/** The comment's value, when the comment is a plain value (no ellipsis, no prose after it). */
function valueOf(comment: string): { ok: true; value: unknown } | { ok: false } {
  if (comment.includes('…') || comment.includes('e.g.')) return { ok: false };
  try {
    return { ok: true, value: new Function(`return (${comment});`)() };
  } catch {
    return { ok: false };
  }
}

/** Whether a line's brackets close on it (a statement on one line). */
const balanced = (code: string) => {
  let depth = 0;
  for (const ch of code.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
};

let checked = 0;
const check = (actual: unknown, comment: string) => {
  const v = valueOf(comment);
  if (!v.ok) return;
  checked++;
  expect(actual, comment).toEqual(v.value);
};

describe('TSDoc examples', () => {
  it('there is one for every exported function and constant of the source', () => {
    const undocumented: string[] = [];
    for (const file of sources) {
      const text = readFileSync(resolve(root, file), 'utf8');
      for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*export (?:function|const) (\w+)/g)) {
        if (!(m[1] as string).includes('@example') && !(m[1] as string).includes('@internal')) undocumented.push(`${file}: ${m[2]}`);
      }
    }
    expect(undocumented).toEqual([]);
    expect(examples.length).toBeGreaterThan(100);
  });

  for (const ex of examples) {
    it(`${ex.file}: ${ex.name}`, async () => {
      const lines = ex.code
        .split('\n')
        .filter((l) => !/^\s*import\s/.test(l))
        .map((l) => {
          const m = /^(\s*)([^/]*?);\s*\/\/\s*(.+)$/.exec(l);
          if (m === null || !balanced(m[2] as string) || /^(const|let|var|for|if|return|throw|\}|import)\b/.test((m[2] as string).trim())) return l;
          return `${m[1]}__check((${m[2]}), ${JSON.stringify(m[3])});`;
        });
      const js = transformSync(`(async () => {\n${lines.join('\n')}\n})()`, { loader: 'ts' }).code;
      const names = Object.keys(scope);
      await new Function(...names, '__check', `return ${js}`)(...names.map((n) => scope[n]), check);
    });
  }

  it('checks the values its comments state', () => {
    expect(checked).toBeGreaterThan(60);
  });
});

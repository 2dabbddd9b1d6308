// The scorecard page: its content, and what a real headless Chromium shows of it (bars counted
// and the target line measured on the screenshot's pixels).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScorecard, hierarchyAt, parseObservations, type Plan } from '../../src/index.js';
import { renderScorecardHtml } from '../../src/report/render.js';
import { vnUnits } from '../../src/vn/communes.js';
import { plans } from '../../src/vn/index.js';
import { findChromium, HEADLESS_FLAGS } from '../setup/chromium.js';
import { readPng } from '../setup/png.js';

const h = hierarchyAt(vnUnits, '2025-07-01');
const communes = (h.childrenByCode.get('75') ?? []).slice(0, 10);
const NUM = [60, 70, 80, 90, 50, 65, 75, 85, 95, 100];
const observations = parseObservations([
  ...communes.map((c, i) => ({ indicatorId: 'work-records-digital', unitCode: c.code, period: '2025-Q3', numerator: String(NUM[i]), denominator: '100' })),
  { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2025-03', value: '60' },
  { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2025-06', value: '66' },
  { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2025-09', value: '71' },
]);
// A plan of three targets, so that the page is short and its chart sits in the screenshot.
const base = plans.dongNai2025;
const plan: Plan = { ...base, domains: ['digital-government'], targets: base.targets.filter((t) => ['dn25-work-records-commune', 'dn25-online-dossiers-province', 'dn25-smes-digital-platforms'].includes(t.id)).map((t) => ({ ...t, domain: 'digital-government' as const })) };
const card = buildScorecard(plan, observations, { asOf: '2025-09-30', hierarchy: h });

describe('renderScorecardHtml', () => {
  const vi = renderScorecardHtml(card, { lang: 'vi' });
  const en = renderScorecardHtml(card, { lang: 'en' });

  it('is one self-contained page: no script, no outside resource, the language declared', () => {
    expect(vi.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    expect(en.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(vi).not.toMatch(/<script|<link|src="http|href="http|url\(/);
  });

  it('shows the headline with availability, and statuses in words beside their colours', () => {
    expect(vi).toContain('<p class="headline">Điểm 100 trên 2/3 chỉ tiêu có số liệu (66,7%); 2 đạt, 0 chưa đạt, 1 chưa có số liệu</p>');
    expect(en).toContain('<td class="status met">Met</td>');
    expect(en).toContain('<td class="status no-data">No data</td>');
  });

  it('draws one bar per reporting commune against the tier target, with a title and a description', () => {
    const svg = /<svg class="chart bars"[^>]*data-bars="(\d+)"[^>]*data-target-y="([\d.]+)"[^>]*data-baseline-y="(\d+)"/.exec(en);
    expect(svg?.[1]).toBe('10');
    // The plot is 196 px high from y = 16; 60% of the 100% scale is 117.6 px above the baseline at 212.
    expect([Number(svg?.[2]), Number(svg?.[3])]).toEqual([94.4, 212]);
    expect((en.match(/<rect class="bar met"/g) ?? []).length).toBe(9);
    expect((en.match(/<rect class="bar not-met"/g) ?? []).length).toBe(1);
    expect(en).toContain(`<title>${communes[4]!.fullName}: 50% — not met</title>`);
    expect(en).toContain('<desc id="d-dn25-work-records-commune">10 units with a figure: 9 met, 1 not met; 85 units have not reported. The horizontal line is the target ≥ 60%.</desc>');
  });

  it('draws a sparkline of a reported series', () => {
    expect(en).toContain('aria-label="Series of 3 figures, 2025-03-31 to 2025-09-30; latest 71%."');
    expect(en).toMatch(/<polyline class="series" points="[\d., ]+"/);
  });

  it('in a real headless Chromium: 10 bars (9 green, 1 red) and the target line at 60% of the scale', () => {
    const chromium = findChromium();
    const dir = mkdtempSync(join(tmpdir(), 'dx-html-'));
    let shot: Buffer;
    try {
      writeFileSync(join(dir, 'page.html'), en);
      const png = join(dir, 'page.png');
      execFileSync(chromium, [...HEADLESS_FLAGS, `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1100,1600', `--screenshot=${png}`, `file://${join(dir, 'page.html')}`], { stdio: 'ignore', timeout: 60_000 });
      shot = readFileSync(png);
    } finally {
      // The page, the screenshot and Chromium's profile (a few MB) go: a test run leaves nothing behind.
      rmSync(dir, { recursive: true, force: true });
    }
    const img = readPng(shot);
    const near = (p: readonly number[], hex: string) => {
      const q = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return p.every((v, i) => Math.abs(v - (q[i] as number)) <= 10);
    };
    // The target line: the rows with the longest run of its colour.
    let lineY = -1;
    let lineX: [number, number] = [0, 0];
    for (let y = 0; y < img.height && lineY < 0; y++) {
      let run = 0;
      for (let x = 0; x <= img.width; x++) {
        if (x < img.width && near(img.at(x, y), '#1f3a93')) run++;
        else {
          if (run > 400 && lineY < 0) {
            lineY = y;
            lineX = [x - run, x - 1];
          }
          run = 0;
        }
      }
    }
    expect(lineY, 'the target line is on the screenshot').toBeGreaterThan(0);
    // Bars: runs of green or red along a row just above the baseline, within the chart.
    const colourAt = (x: number, y: number) => (near(img.at(x, y), '#1a9641') ? 'g' : near(img.at(x, y), '#d7191c') ? 'r' : '.');
    let baseline = lineY;
    for (let y = lineY; y < lineY + 200; y++) if (colourAt(lineX[0] + 30, y) === 'g') baseline = y;
    const row = Array.from({ length: lineX[1] - lineX[0] }, (_, i) => colourAt(lineX[0] + i, baseline - 2)).join('');
    const runs = row.match(/g+|r+/g) ?? [];
    expect(runs.length).toBe(10);
    expect(runs.filter((r) => r.startsWith('g')).length).toBe(9);
    expect(runs.filter((r) => r.startsWith('r')).length).toBe(1);
    // The tallest bar (100%): its top, found on the screenshot; the line stands at 60% of it.
    let top = baseline;
    const lastBarX = lineX[0] + row.lastIndexOf('g') - 2;
    const white = (x: number, y: number) => img.at(x, y).every((v) => v > 240);
    while (!white(lastBarX, top - 1)) top--;
    const share = (baseline + 1 - lineY - 1) / (baseline + 1 - top);
    expect(share).toBeGreaterThan(0.58);
    expect(share).toBeLessThan(0.62);
  });
});

// Every script in examples/ runs here, and its output is checked line by line.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function output(script: string): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    await import(`../examples/${script}.ts`);
  } finally {
    spy.mockRestore();
  }
  return lines.join('\n').split('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('examples/', () => {
  it('attainment.ts', async () => {
    expect(await output('attainment')).toEqual([
      'target: at-least 70%',
      'met: true',
      'attainment: 1.30',
      'gap: 21 percentage points',
      'band: Achieved',
      '50% meets "more than 50%": false',
    ]);
  });

  it('rollup-on-workers.ts', async () => {
    // Two worker threads, partials posted as plain data, merged and finished: the one-pass figures.
    const out = await output('rollup-on-workers');
    expect(out.slice(0, 3)).toEqual([
      '159,408 rows, 13,420 figures',
      'two workers give the same figures as one pass: true',
      'Đồng Nai, indicator i1 (a share): 95 of 95 communes',
    ]);
    expect(out[3]).toMatch(/^time: one pass \d+ ms; two workers \d+ ms \(\d+\.\d\d× (faster|slower)\), after \d+ ms to start them$/);
  }, 120_000);

  it('commune-rollup.ts', async () => {
    const out = await output('commune-rollup');
    expect(out.slice(1)).toEqual([
      'Đồng Nai: 750 / 900 = 83.33% (not the mean 82.5%)',
      'coverage: 2 of 95 communes reported',
      'with at least 50% coverage required: insufficient-coverage',
    ]);
  });

  it('assess-communes.ts', async () => {
    expect(await output('assess-communes')).toEqual([
      // By hand (test/assess/assessment.test.ts works every component): A 20+10+10+18+5+20+15.
      'A: 98 of 100 points (0 missing, 0 not applicable)',
      'B: 53.25 of 90 points (0 missing, 1 not applicable)',
      'C: 37.5 of 100 points (1 missing, 0 not applicable)',
      'D: 60 of 100 points (0 missing, 0 not applicable)',
      'E: 24 of 100 points (2 missing, 0 not applicable)',
      // Last year: A 78 (no meeting), D 80 (four), B 58.25 of 90: D 1, A 2, B 3, C 4, E 5.
      '| Hạng | Đơn vị | Chỉ số | Điểm | Thay đổi |',
      '| ---: | --- | ---: | ---: | ---: |',
      '| 1 | Xã An Phước | 0,9800 | 98 | ▲ 1 |',
      '| 2 | Phường Đông Hòa | 0,6000 | 60 | ▼ 1 |',
      '| 3 | Xã Bình Minh | 0,5917 | 53,25 | = |',
      '| 4 | Xã Cẩm Đường | 0,3750 | 37,5 | = |',
      '| 5 | Xã Ea Súp | 0,2400 | 24 | = |',
      '1,A,Xã An Phước,0.98,0.9800,98,2,1',
      '{"unitCode":"A","value":"0.98","display":"0.9800","points":"98","rank":1,"previousRank":2,"change":1}',
      // Only A (0.98) reaches 80%; D's 0.60 is "forming".
      'HTML page: 5 bars, 1 unit at the advanced level (≥ 80%)',
    ]);
  });

  it('csv-to-province.ts', async () => {
    expect(await output('csv-to-province')).toEqual([
      'accepted rows 2, 3',
      'row 4 rejected: Mẫu số: the denominator is missing',
      // By hand: (1204 + 300) / (1500 + 400) = 1504 / 1900 = 79.157…%
      'Đồng Nai, 2025-Q3: 1504 / 1900 = 79.16%, from 2 of 95 communes',
    ]);
  });

  it('progress-2025.ts', async () => {
    expect(await output('progress-2025')).toEqual([
      'expected on 2025-06-30: 69.9%',
      // By hand: CAGR (66/48)^(365/546) − 1 = 23.7% observed, (80/48)^(1/2) − 1 = 29.1% required → 0.82;
      // 66 grown by 23.7% for the remaining 0.504 year → 73.5.
      'open-sdg: acceleration-needed (ratio 0.82, projected 73.5%)',
      // By hand: least-squares slope 12.03 points a year through (0, 48), (1, 60), (1.496, 66) →
      // 72.0 at the end of 2025; (72.0 − 48) ÷ (80 − 48) = 0.75.
      'escap: too-slow (ratio 0.75, projected 72.0%)',
    ]);
  });

  it('cross-merger.ts', async () => {
    expect(await output('cross-merger')).toEqual([
      'new Đồng Nai (75) = old 70 + 75',
      'online-dossier-rate, 2024 on 2026 boundaries: 1200 / 1500 = 80%',
      'community-digital-teams, 2024 on 2026 boundaries: 1956',
      '2026 figure (reported): 91% of dossiers online; warnings: 0',
    ]);
  });

  it('scorecard-markdown.ts', async () => {
    const out = await output('scorecard-markdown');
    expect(out[0]).toBe('met 3, not met 0, no data 31');
    expect(out[1]).toBe('# Scorecard: Digital Transformation Plan for Đồng Nai Province for 2025');
    expect(out).toContain('| **Whole plan** | 34 | 3 | 0 | 31 | 3/34 | 100 |');
  });
});

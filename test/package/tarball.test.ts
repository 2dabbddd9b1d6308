import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Builds the package, packs it, unpacks the tarball into a consumer's node_modules (with the
// project's own copies of the dependencies) and loads every entry point in Node ESM and CJS.
const root = resolve(__dirname, '../..');
let consumer = '';

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'dx-pack-'));
  run('npx', ['tsup', '--silent'], root);
  run('npm', ['pack', '--pack-destination', tmp, '--silent'], root);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
  consumer = join(tmp, 'consumer');
  const pkg = join(consumer, 'node_modules', 'dx-indicators');
  mkdirSync(pkg, { recursive: true });
  run('tar', ['-xzf', join(tmp, tarball), '-C', pkg, '--strip-components=1'], tmp);
  for (const dep of ['zod', 'date-fns', 'decimal.js']) {
    symlinkSync(join(root, 'node_modules', dep), join(consumer, 'node_modules', dep));
  }
  writeFileSync(join(consumer, 'package.json'), '{"name":"consumer","private":true}');
}, 120_000);

const script = (lines: string) => lines.trim();

describe('the packed tarball', () => {
  it('holds the build, the licences and no sources or tests', () => {
    const files = run('tar', ['-tzf', readdirSync(join(consumer, '..')).map((f) => join(consumer, '..', f)).find((f) => f.endsWith('.tgz'))!], root)
      .split('\n')
      .filter(Boolean);
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.cjs');
    expect(files).toContain('package/dist/vn/communes.cjs');
    expect(files).toContain('package/LICENSES/LICENSE-dvhcvn-20250701');
    expect(files).toContain('package/LICENSES/LICENSE-vietnamese-provinces-database');
    expect(files.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
  });

  it('loads in Node ESM', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      script(`
import { hierarchyAt, unitAt, unitsOfLevel } from 'dx-indicators';
import { vnProvinces, vnProvinceCrosswalk } from 'dx-indicators/vn';
import { vnUnits } from 'dx-indicators/vn/communes';
const h = hierarchyAt(vnUnits, '2025-07-01');
console.log(unitsOfLevel(h, 'commune').length, unitAt(hierarchyAt(vnProvinces, '2025-06-30'), '15').name, vnProvinceCrosswalk.links.length);
`),
    );
    expect(run('node', ['esm.mjs'], consumer).trim()).toBe('3321 Yên Bái 63');
  });

  it('loads in Node CJS', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      script(`
const { hierarchyAt, unitsOfLevel } = require('dx-indicators');
const { vnProvinces } = require('dx-indicators/vn');
const { vnUnits } = require('dx-indicators/vn/communes');
console.log(unitsOfLevel(hierarchyAt(vnProvinces, '2025-06-30'), 'province').length, unitsOfLevel(hierarchyAt(vnUnits, '2025-06-30'), 'district').length);
`),
    );
    expect(run('node', ['cjs.cjs'], consumer).trim()).toBe('63 696');
  });
});

// The source texts the tests read are copies kept in the repository (test/fixtures/sources);
// scripts/check-source-copies.sh, run by .ci/run, checks them against the project's shared/sources.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const copies = resolve(__dirname, '../fixtures/sources');

describe('the source texts the tests read', () => {
  it('are the four documents the plans quote', () => {
    expect(readdirSync(copies).filter((f) => f.endsWith('.txt')).sort()).toEqual([
      'binh-duong-it-plan-2021-2025.txt',
      'dong-nai-dt-interview-2025-09.txt',
      'dong-nai-dt-plan-2025.txt',
      'dong-nai-egov-2022.txt',
    ]);
  });

  it('each name where it was published, on its first line', () => {
    for (const f of readdirSync(copies).filter((x) => x.endsWith('.txt'))) {
      expect(readFileSync(resolve(copies, f), 'utf8').split('\n')[0], f).toMatch(/^Source: .+\d{4}/);
    }
  });
});

// The copies of the source texts in test/fixtures/sources equal the project's shared/sources,
// when that folder is beside the repository (on a plain clone it is not, and there is nothing to compare).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const copies = resolve(__dirname, '../fixtures/sources');
const shared = resolve(__dirname, '../../../shared/sources');

describe('the source texts the tests read', () => {
  it('are the four documents the plans quote', () => {
    expect(readdirSync(copies).filter((f) => f.endsWith('.txt')).sort()).toEqual([
      'binh-duong-it-plan-2021-2025.txt',
      'dong-nai-dt-interview-2025-09.txt',
      'dong-nai-dt-plan-2025.txt',
      'dong-nai-egov-2022.txt',
    ]);
  });

  it('name where they were published, and equal shared/sources byte for byte when it is beside the repository', () => {
    for (const f of readdirSync(copies).filter((x) => x.endsWith('.txt'))) {
      expect(readFileSync(resolve(copies, f), 'utf8').split('\n')[0], f).toMatch(/^Source: .+\d{4}/);
      if (existsSync(shared)) expect(readFileSync(resolve(copies, f)).equals(readFileSync(resolve(shared, f))), f).toBe(true);
    }
  });
});

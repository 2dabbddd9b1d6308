// Every public function's TSDoc says what it throws (docs/errors.md states the rule): the
// library's DxInputError for input that is not what the types say, or "Never" for the safe
// parsers and readers that answer `undefined`.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('every exported function documents what it throws', () => {
  const src = resolve(__dirname, '../../src');
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.includes('generated'));
  const functions: string[] = [];
  const without: string[] = [];
  for (const f of files) {
    const text = readFileSync(resolve(src, f), 'utf8');
    for (const m of text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*?\*\/)\s*(?:\/\*[^\n]*\*\/\s*)?export function (\w+)/g)) {
      const [, doc, name] = m as unknown as [string, string, string];
      if (doc.includes('@internal')) continue;
      functions.push(name);
      if (!/@throws (\{@link (dx-indicators!)?DxInputError\}|`DxInputError`|Never)/.test(doc)) without.push(`${f}: ${name}`);
    }
  }
  expect(functions.length).toBeGreaterThan(80);
  expect(without).toEqual([]);
});

// Every TypeScript block of README.md and docs/*.md runs here, as a reader would paste it: the
// blocks of a page in order, in one module (a block may use what an earlier one declared), their
// imports from the package name. A line `expression; // value` whose comment begins with a
// plain value (then perhaps ": words" or " (words)") is checked: the expression must equal it.
// Then the pages type-check as a strict TypeScript project (test/docs/tsconfig.docs-blocks.json).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const out = resolve(root, 'test/.docs-blocks');
const pages = ['README.md', ...readdirSync(resolve(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

interface Block { readonly line: number; readonly code: string }
const blocksOf = (text: string): Block[] => {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```ts') continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1]?.trim() !== '```') i++;
    blocks.push({ line: start + 1, code: lines.slice(start, i + 1).join('\n') });
    i++;
  }
  return blocks;
};

/** The value a comment begins with, when it begins with one. */
function valueOf(comment: string): string | undefined {
  const c = comment.trim();
  const candidates = [c, ...[/:\s/, /\s\(/, /\s—\s/].map((re) => c.split(re)[0] ?? '')];
  for (const cand of candidates) {
    if (cand === '' || cand.includes('…')) continue;
    try {
      new Function(`return (${cand});`);
      if (/^[\d'"[{-]|^(true|false|undefined|null)$/.test(cand)) return cand;
    } catch {
      // not a value
    }
  }
  return undefined;
}

/** One page's blocks as one module: imports merged at the top, checked lines rewritten. */
function moduleOf(page: string, blocks: readonly Block[]): { code: string; checks: number } {
  const named = new Map<string, Set<string>>();
  const defaults = new Map<string, string>();
  const body: string[] = [];
  let checks = 0;
  for (const b of blocks) {
    b.code.split('\n').forEach((text, k) => {
      const imp = text.match(/^import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+'([^']+)';$/);
      if (imp) {
        const [, def, names, from] = imp as unknown as [string, string | undefined, string | undefined, string];
        if (def) defaults.set(from, def);
        for (const n of (names ?? '').split(',').map((x) => x.trim()).filter(Boolean)) (named.get(from) ?? named.set(from, new Set()).get(from)!).add(n);
        return;
      }
      const m = text.match(/^(\s*)(?!const |let |var |return |if |for |console\.)(.+?);\s*\/\/\s*(.+)$/);
      const value = m ? valueOf(m[3]!) : undefined;
      if (m && value !== undefined) {
        checks++;
        body.push(`${m[1]}__docCheck(() => (${m[2]}), () => (${value}), ${JSON.stringify(`${page}:${b.line + k}`)});`);
      } else body.push(text);
    });
  }
  const from = [...new Set([...named.keys(), ...defaults.keys()])];
  const imports = from.map((f) => {
    const parts = [defaults.get(f), named.has(f) ? `{ ${[...named.get(f)!].join(', ')} }` : undefined].filter(Boolean);
    return `import ${parts.join(', ')} from '${f}';`;
  });
  return { code: [...imports, 'declare const __docCheck: (a: () => unknown, e: () => unknown, where: string) => void;', ...body, 'export {};'].join('\n'), checks };
}

const results: { where: string; actual: unknown; expected: unknown }[] = [];
(globalThis as Record<string, unknown>).__docCheck = (a: () => unknown, e: () => unknown, where: string) => results.push({ where, actual: a(), expected: e() });
const ran: string[] = [];

describe('the guides\' code blocks', () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const page of pages) {
    const blocks = blocksOf(readFileSync(resolve(root, page), 'utf8'));
    if (blocks.length === 0) {
      it(`${page}: has no TypeScript blocks`, () => expect(blocks).toEqual([]));
      ran.push(`${page}: no blocks`);
      continue;
    }
    it(`${page}: ${blocks.length} block(s) run, and the values their comments state hold`, async () => {
      const { code, checks } = moduleOf(page, blocks);
      const file = resolve(out, `${page.replace(/[/.]/g, '_')}.ts`);
      writeFileSync(file, code);
      const before = results.length;
      const log = console.log;
      console.log = () => {};
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        console.log = log;
      }
      const mine = results.slice(before);
      expect(mine.length).toBe(checks);
      for (const r of mine) expect(r.actual, r.where).toEqual(r.expected);
      ran.push(`${page}: ${blocks.length} blocks, ${checks} values checked`);
    });
  }
  it('type-check as a TypeScript project would (strict, exactOptionalPropertyTypes)', () => {
    const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', resolve(root, 'test/docs/tsconfig.docs-blocks.json')], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 120_000);
  afterAll(() => console.log(`code blocks:\n  ${ran.join('\n  ')}`));
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    // The examples import the package by name, as a reader would.
    alias: [
      { find: /^dx-indicators\/vn\/communes$/, replacement: src('vn/communes.ts') },
      { find: /^dx-indicators\/vn$/, replacement: src('vn/index.ts') },
      { find: /^dx-indicators\/tabular$/, replacement: src('tabular/index.ts') },
      { find: /^dx-indicators\/render$/, replacement: src('report/render.ts') },
      { find: /^dx-indicators\/assess$/, replacement: src('assess/index.ts') },
      { find: /^dx-indicators\/partials$/, replacement: src('rollup/partials.ts') },
      { find: /^dx-indicators\/testing$/, replacement: src('testing/index.ts') },
      { find: /^dx-indicators$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});

import { defineConfig, type Options } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'vn/index': 'src/vn/index.ts',
  'vn/communes': 'src/vn/communes.ts',
  'tabular/index': 'src/tabular/index.ts',
  'report/render': 'src/report/render.ts',
  'assess/index': 'src/assess/index.ts',
  'rollup/partials': 'src/rollup/partials.ts',
  'testing/index': 'src/testing/index.ts',
};

const common: Options = { target: 'es2022', platform: 'neutral', sourcemap: false };

export default defineConfig([
  // ESM: one file per source module, not bundled, so that a user's bundler keeps only the modules a
  // program imports (with `sideEffects: false`). Bundled chunks would join, for instance, the
  // figure reader and the decimal context in one chunk, and `isTargetMet` alone would carry
  // decimal.js (12.8 kB gz) although it compares figures on their text.
  { ...common, entry: ['src/**/*.ts'], format: ['esm'], bundle: false, dts: false },
  // CommonJS: bundled per entry point, with the types of both formats.
  { ...common, entry, format: ['cjs'], dts: true, splitting: true, treeshake: true },
  { ...common, entry, format: ['esm'], dts: { only: true } },
]);

import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'vn/index': 'src/vn/index.ts',
    'vn/communes': 'src/vn/communes.ts',
    'tabular/index': 'src/tabular/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // The model's schemas are built at load time by zod/mini's functions. Marked pure, they are
  // dropped from a user's bundle that does not use them (isTargetMet alone carries no schema).
  esbuildOptions(options) {
    options.pure = [
      'z.array', 'z.boolean', 'z.custom', 'z.discriminatedUnion', 'z.enum', 'z.gte', 'z.int', 'z.literal', 'z.minLength',
      'z.optional', 'z.pipe', 'z.positive', 'z.regex', 'z.strictObject', 'z.string', 'z.superRefine', 'z.transform',
      'z.union', 'z._default',
    ];
  },
});

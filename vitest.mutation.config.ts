// The test suite as the mutation run uses it: the fast tests of the mutated folders (calc,
// rollup, geo, core) and the TSDoc examples, without the tarball, Node-version and example-script work.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(base, defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The plan catalog test reads ../shared/sources, which the mutation sandbox has not beside it.
    exclude: ['test/package/**', 'test/examples.test.ts', 'test/vn/plans.test.ts'],
    typecheck: { enabled: false },
    // Instrumented for coverage, the whole-country crosswalk checks take minutes, not seconds.
    testTimeout: 600_000,
    // The fuzz suite's bound on one call, for instrumented code.
    env: { FUZZ_TIME_LIMIT_MS: '30000' },
    globalSetup: [],
    reporters: ['default'],
  },
}));

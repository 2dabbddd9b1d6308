// `npm run bench [-- --quick]`: the roll-up benchmark (end to end from rows, then its parts), the
// scorecard of a province's year, then what the engine's time depends on (issue 12's cases:
// sorted against shuffled, one pass against 2/4/8 partials, two workers, year, quarter and month
// buckets, cold against warm; also alone as `npm run bench:engine`). The first two run in this
// process (a collection between); the engine's cases in a process of their own, so that their
// heap holds only their own data, as when run alone. `--quick` runs the two-tier roll-up and the
// scorecard only.
import { execFileSync } from 'node:child_process';

await import('./rollup.bench.js');
(globalThis as { gc?: () => void }).gc?.();
await import('./scorecard.bench.js');
if (!process.argv.includes('--quick')) execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/bench/engine.bench.ts'], { stdio: 'inherit' });
export {};

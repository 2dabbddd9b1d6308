/** Runs `f` once to warm up, then `runs` times: the median, fastest and slowest run in ms. */
export function timeRuns(f: () => unknown, runs: number): { ms: number; min: number; max: number } {
  f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return { ms: ts[Math.floor(runs / 2)] as number, min: ts[0] as number, max: ts[runs - 1] as number };
}

/** Small measuring helpers shared by the benchmarks: a monotonic clock, percentiles, rounding. */

export function nowMs(): number {
  return performance.now();
}

/** Nearest-rank percentile of already measured samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Rounds for printing: enough digits to compare, not so many that the JSON is noise. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export type LatencySummary = { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number };

export function summarise(samples: readonly number[]): LatencySummary {
  const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
  return {
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(Math.max(...samples)),
    meanMs: round(mean),
  };
}

/** Progress goes to stderr so stdout stays one JSON document. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

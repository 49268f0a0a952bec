/** Small statistics for benchmark samples: medians and spreads, never means (timings are skewed). */

export interface Summary {
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
  p95: number;
  n: number;
}

/** Linear-interpolated quantile of unsorted samples, q in [0, 1]. NaN for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    min: samples.length ? Math.min(...samples) : NaN,
    max: samples.length ? Math.max(...samples) : NaN,
    p25: quantile(samples, 0.25),
    p75: quantile(samples, 0.75),
    p95: p95(samples),
    n: samples.length,
  };
}

/** Ratio of two medians. */
export const ratio = (measured: Summary, baseline: Summary): number => measured.median / baseline.median;

export interface RunPlan {
  warmup: number;
  runs: number;
}

/** Times `fn` (sync or async) `runs` times after `warmup` untimed calls; milliseconds. */
export async function timeRuns(plan: RunPlan, fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < plan.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * Times a measure and its baseline alternately (A B, B A, A B ...), so drift in machine load or
 * JIT state falls on both sides equally.
 */
export async function timePaired(plan: RunPlan, measured: () => unknown, baseline: () => unknown): Promise<{ measured: number[]; baseline: number[] }> {
  const out = { measured: [] as number[], baseline: [] as number[] };
  const once = async (fn: () => unknown) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const order = i % 2 === 0 ? (['measured', 'baseline'] as const) : (['baseline', 'measured'] as const);
    for (const side of order) {
      const ms = await once(side === 'measured' ? measured : baseline);
      if (i >= plan.warmup) out[side].push(ms);
    }
  }
  return out;
}

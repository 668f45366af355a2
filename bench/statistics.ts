// Summaries of repeated timings: the median with its spread, and latency percentiles.
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Milliseconds `work` takes, `runs` times (after one unmeasured warm-up run). */
export function timeRuns(runs: number, work: () => void): number[] {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function timeRunsAsync(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

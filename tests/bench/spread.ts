/** The median and the range of repeated timings: one run varies by a fifth or more on a 2-core machine. */
export interface Spread {
  medianMs: number;
  fastestMs: number;
  slowestMs: number;
}

export function spreadOf(times: readonly number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, fastestMs: sorted[0]!, slowestMs: sorted.at(-1)! };
}

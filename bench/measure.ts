/** Timing helpers for benchmarks: run repeatedly, report the median and spread. */

import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

/** Run `fn` `warmup` times untimed, then `runs` times timed. */
export async function measure(fn: () => unknown, runs = 15, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, maxMs: times[times.length - 1]!, runs };
}

export function fmt(t: Timing): string {
  return `median ${t.medianMs.toFixed(2)} ms (min ${t.minMs.toFixed(2)}, max ${t.maxMs.toFixed(2)}, ${t.runs} runs)`;
}

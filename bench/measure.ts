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
  return (await measureInterleaved({ fn }, runs, warmup)).fn!;
}

/**
 * Time several functions in turns (a, b, c, a, b, c, …) rather than one after the other, so on a
 * machine whose load changes while the benchmark runs every function sees the same conditions,
 * and ratios between them mean something. Each is warmed up first.
 */
export async function measureInterleaved<K extends string>(fns: Record<K, () => unknown>, runs = 15, warmup = 3): Promise<Record<K, Timing>> {
  const names = Object.keys(fns) as K[];
  for (const name of names) for (let i = 0; i < warmup; i++) await fns[name]();
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const start = performance.now();
      await fns[name]();
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summary(times[n])])) as Record<K, Timing>;
}

function summary(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]!, maxMs: sorted[sorted.length - 1]!, runs: sorted.length };
}

export function fmt(t: Timing): string {
  return `median ${t.medianMs.toFixed(2)} ms (min ${t.minMs.toFixed(2)}, max ${t.maxMs.toFixed(2)}, ${t.runs} runs)`;
}

/** Timing helpers for npm run bench: best of several runs, figures side by side. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Best (least disturbed) run, in milliseconds. */
  best: number;
  median: number;
}

export function time(fn: () => void, runs = 5): Timing {
  fn(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { best: samples[0], median: samples[Math.floor(samples.length / 2)] };
}

export function row(label: string, ...cells: string[]): void {
  console.log(`  ${label.padEnd(34)}${cells.map((c) => c.padStart(20)).join('')}`);
}

export const mb = (bytes: number) => bytes / 1e6;

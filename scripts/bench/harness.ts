/** Timing helpers for npm run bench: best of several runs, figures side by side. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Best (least disturbed) run, in milliseconds. */
  best: number;
  median: number;
}

/**
 * Several functions timed in turns, one run of each per round, so that they
 * meet the same moments of a shared machine: a ratio of two bests taken
 * seconds apart says as much about the neighbours as about the code.
 */
export function timeInTurns<K extends string>(fns: Record<K, () => void>, rounds = 7): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  warmUp(fns, keys);
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    for (const k of keys) {
      const t0 = performance.now();
      fns[k]();
      samples[k].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(
    keys.map((k) => {
      const s = samples[k].sort((a, b) => a - b);
      return [k, { best: s[0], median: s[Math.floor(s.length / 2)] }];
    }),
  ) as Record<K, Timing>;
}

/**
 * Run the functions in turns until each is as fast as it has been (its last
 * run within 5% of its best), at least five rounds and at most fifteen: the
 * optimizing compiler works in the background, and on a busy two-core
 * machine it may not have finished after one run, so that the timed rounds
 * would measure code the long-lived extension never runs for long.
 */
function warmUp<K extends string>(fns: Record<K, () => void>, keys: K[]): void {
  const best = Object.fromEntries(keys.map((k) => [k, Infinity])) as Record<K, number>;
  for (let round = 1; round <= 15; round++) {
    let settled = round >= 5;
    for (const k of keys) {
      const t0 = performance.now();
      fns[k]();
      const t = performance.now() - t0;
      best[k] = Math.min(best[k], t);
      if (t > best[k] * 1.05) settled = false;
    }
    if (settled) return;
  }
}

export function row(label: string, ...cells: string[]): void {
  console.log(`  ${label.padEnd(34)}${cells.map((c) => c.padStart(20)).join('')}`);
}

export const mb = (bytes: number) => bytes / 1e6;

/** The first index below `count` whose value in `sorted` (ascending) is `value` or more; `count` for none. */
export function firstAtLeast(sorted: Int32Array, count: number, value: number): number {
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How a set of scores is spread: the five numbers of a box plot, and the mean. */
export interface Spread {
  n: number;
  mean: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** The value at quantile `p` of sorted numbers, interpolated between neighbours (as spreadsheets do). */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const below = sorted[lo] ?? 0;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] ?? below;
  return below + (above - below) * (at - lo);
}

/** The spread of some scores; undefined when there are none. Means and quartiles to one decimal. */
export function spreadOf(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const tenth = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    mean: tenth(sorted.reduce((sum, v) => sum + v, 0) / sorted.length),
    min: sorted[0] ?? 0,
    q1: tenth(quantile(sorted, 0.25)),
    median: tenth(quantile(sorted, 0.5)),
    q3: tenth(quantile(sorted, 0.75)),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

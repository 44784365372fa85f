import { type Rollup } from './rollup';

/**
 * The children's figures of one parent cell as a database adds them up: counts, sums,
 * extremes and which children reported. Only exact totals may be given: sums of integer
 * bounds below 2^53 (a double adds those without rounding), over children in `children`.
 */
export interface ChildTotals {
  /** The codes of the children that reported, in any order. */
  codes: readonly string[];
  lowerSum: number;
  /** Null when some child is unbounded above. */
  upperSum: number | null;
  valueSum: number;
  minValue: number;
  maxValue: number;
  minLower: number;
  /** Null when some child is unbounded above. */
  maxUpper: number | null;
}

/**
 * The same rollup `rollUp` gives for the figures these totals were taken from: SUM metrics
 * add the bounds, rates span from the lowest lower bound to the highest upper bound.
 * `totals` is null when no child reported.
 */
export function rollUpTotals(
  totals: ChildTotals | null,
  children: readonly string[],
  isRate: boolean,
): Rollup {
  const reported = new Set(totals?.codes ?? []);
  const shape = {
    reporting: reported.size,
    expected: children.length,
    coverage: children.length === 0 ? 0 : reported.size / children.length,
    missing: children.filter((child) => !reported.has(child)),
  };
  if (totals === null || reported.size === 0) {
    return { ...shape, lower: 0, upper: 0, value: null, minValue: null, maxValue: null };
  }
  const extremes = { minValue: totals.minValue, maxValue: totals.maxValue };
  if (isRate) {
    return { ...shape, ...extremes, lower: totals.minLower, upper: totals.maxUpper, value: null };
  }
  return {
    ...shape,
    ...extremes,
    lower: totals.lowerSum,
    upper: totals.upperSum,
    value: totals.valueSum,
  };
}

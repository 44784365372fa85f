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
  const reported = new Set(totals?.codes);
  const reporting = reported.size;
  const expected = children.length;
  const coverage = expected === 0 ? 0 : reporting / expected;
  // Every code in `totals` is one of `children`, so when as many reported, none is missing.
  const missing = reporting === expected ? [] : children.filter((child) => !reported.has(child));
  // One object literal per rollup: a report makes hundreds, which spreads would copy twice.
  if (totals === null || reporting === 0) {
    return {
      reporting,
      expected,
      coverage,
      missing,
      lower: 0,
      upper: 0,
      value: null,
      minValue: null,
      maxValue: null,
    };
  }
  const { minValue, maxValue } = totals;
  if (isRate) {
    return {
      reporting,
      expected,
      coverage,
      missing,
      lower: totals.minLower,
      upper: totals.maxUpper,
      value: null,
      minValue,
      maxValue,
    };
  }
  return {
    reporting,
    expected,
    coverage,
    missing,
    lower: totals.lowerSum,
    upper: totals.upperSum,
    value: totals.valueSum,
    minValue,
    maxValue,
  };
}

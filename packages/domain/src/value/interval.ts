/** The closed range a figure may take; `upper` null means unbounded above. */
export interface Interval {
  lower: number;
  upper: number | null;
}

/** A number as an integer mantissa times a power of ten, so decimal sums stay exact. */
interface Decimal {
  mantissa: bigint;
  exponent: number;
}

/**
 * Adds intervals bound by bound; an empty list sums to [0, 0] and any unbounded term makes the
 * sum unbounded.
 *
 * Each bound is read at the shortest decimal JavaScript prints for it, which for the parser's
 * output is the decimal it meant (96.955, 31750), and the bounds are added as scaled integers
 * and converted to a double once. So 0.1 + 0.2 gives 0.3 and yuan amounts with 分 add exactly;
 * a bound that is itself the result of inexact floating-point arithmetic is summed as printed.
 */
export function sumIntervals(intervals: readonly Interval[]): Interval {
  const uppers = intervals.map((interval) => interval.upper);
  return {
    lower: exactSum(intervals.map((interval) => interval.lower)),
    upper: uppers.every((upper): upper is number => upper !== null) ? exactSum(uppers) : null,
  };
}

/**
 * The smallest interval holding every given one, or null for none: the range a parent's rate
 * must lie in, since rates are compared with their children's, never added.
 */
export function spanIntervals(intervals: readonly Interval[]): Interval | null {
  if (intervals.length === 0) return null;
  const unbounded = intervals.some((interval) => interval.upper === null);
  return {
    lower: intervals.reduce((min, interval) => Math.min(min, interval.lower), Infinity),
    upper: unbounded
      ? null
      : intervals.reduce((max, interval) => Math.max(max, interval.upper ?? Infinity), -Infinity),
  };
}

export function isExact(interval: Interval): boolean {
  return interval.lower === interval.upper;
}

/** Whether some value lies in both intervals (they are closed, so touching ends overlap). */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.lower <= (b.upper ?? Infinity) && b.lower <= (a.upper ?? Infinity);
}

/**
 * Adds numbers as the decimals they print as (see sumIntervals). Integers within the safe
 * range, which are most figures (counts of members, unions, yuan), add exactly as doubles,
 * so they skip the decimal conversion.
 */
export function exactSum(values: readonly number[]): number {
  let integral = 0;
  let allIntegers = true;
  for (const value of values) {
    if (!Number.isInteger(value)) {
      allIntegers = false;
      break;
    }
    integral += value;
  }
  if (allIntegers && Number.isSafeInteger(integral)) return integral;
  const terms = values.map(toDecimal);
  const exponent = terms.reduce((min, term) => Math.min(min, term.exponent), 0);
  const total = terms.reduce(
    (sum, term) => sum + term.mantissa * 10n ** BigInt(term.exponent - exponent),
    0n,
  );
  return Number(`${total}e${exponent}`);
}

function toDecimal(value: number): Decimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot add ${value}: interval bounds must be finite numbers`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  return {
    mantissa: BigInt(`${sign}${whole}${fraction}`),
    exponent: Number(exponent) - fraction.length,
  };
}

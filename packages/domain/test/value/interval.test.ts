import { describe, expect, it } from 'vitest';
import {
  type Interval,
  intervalsOverlap,
  isExact,
  spanIntervals,
  sumIntervals,
} from '../../src/value/interval';
import { parseValue } from '../../src/value/parse-value';

describe('sumIntervals', () => {
  it('sums no intervals to [0, 0]', () => {
    expect(sumIntervals([])).toEqual({ lower: 0, upper: 0 });
  });

  it('adds lower bounds and upper bounds separately', () => {
    const rounded = { lower: 31750, upper: 31850 };
    expect(sumIntervals([rounded, rounded, rounded])).toEqual({ lower: 95250, upper: 95550 });
  });

  it('is unbounded above when any term is', () => {
    expect(
      sumIntervals([
        { lower: 5, upper: 5 },
        { lower: 1000, upper: null },
      ]),
    ).toEqual({
      lower: 1005,
      upper: null,
    });
  });

  it('adds decimals without floating-point error', () => {
    const sum = sumIntervals([
      { lower: 0.1, upper: 0.2 },
      { lower: 0.2, upper: 0.1 },
    ]);
    expect(sum.lower).toBe(0.3);
    expect(sum.upper).toBe(0.3);
  });

  it('does not drift over thousands of terms', () => {
    const cents: Interval[] = Array.from({ length: 2844 }, () => ({ lower: 0.01, upper: 0.01 }));
    expect(sumIntervals(cents)).toEqual({ lower: 28.44, upper: 28.44 });
  });

  it('adds percentage bounds exactly in decimal, though rates are never summed', () => {
    expect(sumIntervals([parseValue('96.96%'), { lower: 0.1, upper: 0.1 }])).toEqual({
      lower: 97.055,
      upper: 97.065,
    });
  });

  it('reads bounds that JavaScript prints in exponent form', () => {
    expect(
      sumIntervals([
        { lower: 1e21, upper: 1.5e-7 },
        { lower: 2e21, upper: 1.5e-7 },
      ]),
    ).toEqual({
      lower: 3e21,
      upper: 3e-7,
    });
  });

  it('sums parsed figures of different qualifiers as intervals, never rounding again', () => {
    const figures = ['3.18万', '1800余万元', '近200万元', '2215'].map(parseValue);
    expect(sumIntervals(figures)).toEqual({
      lower: 31750 + 18000000 + 1800000 + 2215,
      upper: 31850 + 19000000 + 2000000 + 2215,
    });
  });

  it('rejects a bound that is not a finite number', () => {
    expect(() => sumIntervals([{ lower: Number.NaN, upper: 1 }])).toThrow(RangeError);
  });
});

describe('spanIntervals', () => {
  it('spans no intervals as null', () => {
    expect(spanIntervals([])).toBeNull();
  });

  it('runs from the lowest lower bound to the highest upper bound', () => {
    const rates = ['96.96%', '86%以上', '99.1%'].map(parseValue);
    expect(spanIntervals(rates)).toEqual({ lower: 86, upper: 100 });
  });

  it('is unbounded above when any interval is', () => {
    expect(
      spanIntervals([
        { lower: 3, upper: 4 },
        { lower: 5, upper: null },
      ]),
    ).toEqual({
      lower: 3,
      upper: null,
    });
  });

  it('returns a single interval unchanged', () => {
    expect(spanIntervals([{ lower: 96.955, upper: 96.965 }])).toEqual({
      lower: 96.955,
      upper: 96.965,
    });
  });
});

describe('isExact', () => {
  it.each<[Interval, boolean]>([
    [{ lower: 144959, upper: 144959 }, true],
    [{ lower: 31750, upper: 31850 }, false],
    [{ lower: 1000, upper: null }, false],
  ])('says whether %j is a single value: %s', (interval, exact) => {
    expect(isExact(interval)).toBe(exact);
  });
});

describe('intervalsOverlap', () => {
  it.each<[string, Interval, Interval, boolean]>([
    ['overlapping', { lower: 1, upper: 5 }, { lower: 4, upper: 9 }, true],
    ['nested', { lower: 1, upper: 9 }, { lower: 4, upper: 5 }, true],
    ['touching at an end', { lower: 1, upper: 4 }, { lower: 4, upper: 9 }, true],
    ['disjoint', { lower: 1, upper: 3 }, { lower: 4, upper: 9 }, false],
    ['unbounded above and lying below', { lower: 1, upper: null }, { lower: 4, upper: 9 }, true],
    ['unbounded above and lying beyond', { lower: 10, upper: null }, { lower: 4, upper: 9 }, false],
    ['both unbounded above', { lower: 10, upper: null }, { lower: 4, upper: null }, true],
  ])('finds %s intervals overlap: %s, %s → %s', (_case, a, b, overlap) => {
    expect(intervalsOverlap(a, b)).toBe(overlap);
    expect(intervalsOverlap(b, a)).toBe(overlap);
  });
});

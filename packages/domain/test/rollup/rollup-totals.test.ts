import { describe, expect, it } from 'vitest';
import { type ChildFigure, type ChildTotals, rollUp, rollUpTotals } from '../../src';

/** The totals a database would give for these figures. */
function totalsOf(figures: readonly ChildFigure[]): ChildTotals | null {
  if (figures.length === 0) return null;
  const bounded = figures.every((figure) => figure.upper !== null);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    codes: figures.map((figure) => figure.code).reverse(),
    lowerSum: sum(figures.map((figure) => figure.lower)),
    upperSum: bounded ? sum(figures.map((figure) => figure.upper!)) : null,
    valueSum: sum(figures.map((figure) => figure.value)),
    minValue: Math.min(...figures.map((figure) => figure.value)),
    maxValue: Math.max(...figures.map((figure) => figure.value)),
    minLower: Math.min(...figures.map((figure) => figure.lower)),
    maxUpper: bounded ? Math.max(...figures.map((figure) => figure.upper!)) : null,
  };
}

describe('rollUpTotals', () => {
  const children = Array.from({ length: 12 }, (_, i) => String(510104 + i));

  it('gives what rollUp gives for the same integer figures, for sums and for rates', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const figures: ChildFigure[] = children
        .filter(() => random() < 0.6)
        .map((code) => {
          const lower = Math.floor(random() * 1_000_000);
          const upper = random() < 0.1 ? null : lower + Math.floor(random() * 10_000);
          return { code, lower, upper, value: upper === null ? lower : upper };
        });
      for (const isRate of [false, true]) {
        expect(rollUpTotals(totalsOf(figures), children, isRate)).toEqual(
          rollUp(figures, children, isRate),
        );
      }
    }
  });

  it('counts every child missing when none reported', () => {
    expect(rollUpTotals(null, children.slice(0, 2), false)).toEqual({
      lower: 0,
      upper: 0,
      value: null,
      minValue: null,
      maxValue: null,
      reporting: 0,
      expected: 2,
      coverage: 0,
      missing: children.slice(0, 2),
    });
  });
});

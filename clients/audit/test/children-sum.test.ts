import { describe, expect, it } from 'vitest';
import { addRollups } from '../src/children-sum';
import { type RollupData } from '../src/subtree-query';

const NOBODY: RollupData = {
  lower: 0,
  upper: 0,
  reporting: 0,
  expected: 3,
  missing: ['a', 'b', 'c'],
};

describe('addRollups', () => {
  it("adds a province's cities and city-less units as an interval sum for SUM metrics", () => {
    const cities = { lower: 100, upper: 110, reporting: 1, expected: 2, missing: ['510300'] };
    const direct = { lower: 5, upper: 6, reporting: 1, expected: 2, missing: ['419001'] };
    expect(addRollups(cities, direct, 'SUM')).toEqual({
      interval: { lower: 105, upper: 116 },
      reporting: 2,
      expected: 4,
      coverage: 0.5,
      missing: ['419001', '510300'],
    });
  });

  it('spans rates from the lowest to the highest instead of adding them', () => {
    const cities = { lower: 84.5, upper: 97.5, reporting: 2, expected: 2, missing: [] };
    const direct = { lower: 90, upper: 99, reporting: 1, expected: 1, missing: [] };
    expect(addRollups(cities, direct, 'NONE').interval).toEqual({ lower: 84.5, upper: 99 });
  });

  it('counts a side where nobody reported as blank, not as zero', () => {
    const cities = { lower: 84.5, upper: 97.5, reporting: 2, expected: 2, missing: [] };
    expect(addRollups(cities, NOBODY, 'NONE').interval).toEqual({ lower: 84.5, upper: 97.5 });
    expect(addRollups(NOBODY, NOBODY, 'SUM').interval).toBeNull();
  });

  it('keeps an unbounded side unbounded', () => {
    const atLeast = { lower: 10, upper: null, reporting: 1, expected: 1, missing: [] };
    const exact = { lower: 5, upper: 5, reporting: 1, expected: 1, missing: [] };
    expect(addRollups(atLeast, exact, 'SUM').interval).toEqual({ lower: 15, upper: null });
  });
});

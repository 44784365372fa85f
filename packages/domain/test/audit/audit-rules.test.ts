import { addRollups, type Rollup } from '../../src/rollup/rollup';
import { describe, expect, it } from 'vitest';
import {
  checkAtLeast,
  checkEquals,
  checkPartOf,
  checkWithinRange,
  worstOf,
} from '../../src/audit/audit-rules';

const figure = (value: number, lower = value, upper: number | null = value) => ({
  value,
  lower,
  upper,
});

function children(partial: Partial<Rollup>): Rollup {
  return {
    lower: 0,
    upper: 0,
    value: 0,
    minValue: null,
    maxValue: null,
    reporting: 1,
    expected: 1,
    coverage: 1,
    missing: [],
    ...partial,
  };
}

describe('AT_LEAST', () => {
  it('is CONSISTENT when the printed values of the children add up to no more than the parent', () => {
    expect(
      checkAtLeast(
        figure(3290000, 3290000, 3300000),
        children({ lower: 326345, upper: 326345, value: 326345 }),
      ),
    ).toEqual({
      rule: 'AT_LEAST',
      status: 'CONSISTENT',
      gap: null,
    });
  });

  it('is CONSISTENT when the sum equals the parent exactly', () => {
    expect(checkAtLeast(figure(100), children({ lower: 100, upper: 100, value: 100 })).status).toBe(
      'CONSISTENT',
    );
  });

  it("is CONSISTENT_APPROXIMATE when only the parent's 余 leaves room for the sum", () => {
    // 329余万 spans [3,290,000, 3,300,000]; children printed 3,295,000.
    expect(
      checkAtLeast(
        figure(3290000, 3290000, 3300000),
        children({ lower: 3295000, upper: 3295000, value: 3295000 }),
      ),
    ).toEqual({ rule: 'AT_LEAST', status: 'CONSISTENT_APPROXIMATE', gap: null });
  });

  it("holds at the boundary: the children's lowest sum exactly at the parent's highest value", () => {
    expect(
      checkAtLeast(
        figure(3290000, 3290000, 3300000),
        children({ lower: 3300000, upper: 3310000, value: 3305000 }),
      ).status,
    ).toBe('CONSISTENT_APPROXIMATE');
  });

  it("is INCONSISTENT with the excess as gap once the children's lowest sum passes the parent's highest", () => {
    expect(
      checkAtLeast(
        figure(3290000, 3290000, 3300000),
        children({ lower: 4326345, upper: 4326345, value: 4326345 }),
      ),
    ).toEqual({ rule: 'AT_LEAST', status: 'INCONSISTENT', gap: 1026345 });
  });

  it('never fails against an unbounded parent (以上)', () => {
    expect(
      checkAtLeast(figure(1000, 1000, null), children({ lower: 1e9, upper: null, value: 1e9 }))
        .status,
    ).toBe('CONSISTENT_APPROXIMATE');
  });

  it('is not fooled by floating-point dust at the boundary', () => {
    expect(
      checkAtLeast(figure(0.3), children({ lower: 0.1 + 0.2, upper: 0.1 + 0.2, value: 0.1 + 0.2 }))
        .status,
    ).toBe('CONSISTENT');
  });
});

describe('EQUALS (parent declared complete)', () => {
  it('is CONSISTENT when every child reported and they add up to the printed value', () => {
    expect(
      checkEquals(
        figure(500),
        children({ lower: 500, upper: 500, value: 500, reporting: 3, expected: 3 }),
      ).status,
    ).toBe('CONSISTENT');
  });

  it('is CONSISTENT_APPROXIMATE when the intervals overlap but the printed values differ', () => {
    expect(
      checkEquals(
        figure(31800, 31750, 31850),
        children({ lower: 31760, upper: 31760, value: 31760 }),
      ).status,
    ).toBe('CONSISTENT_APPROXIMATE');
  });

  it('is INCONSISTENT when every child reported and they fall short, gap the shortfall', () => {
    expect(
      checkEquals(
        figure(31800, 31750, 31850),
        children({ lower: 31000, upper: 31100, value: 31050 }),
      ),
    ).toEqual({
      rule: 'EQUALS',
      status: 'INCONSISTENT',
      gap: 650,
    });
  });

  it('cannot fault a shortfall while children are missing: they may make up the rest', () => {
    expect(
      checkEquals(
        figure(31800, 31750, 31850),
        children({ lower: 31000, upper: 31100, value: 31050, missing: ['510105'], expected: 2 }),
      ).status,
    ).toBe('CONSISTENT_APPROXIMATE');
  });

  it('is INCONSISTENT on an excess whatever the coverage', () => {
    expect(
      checkEquals(figure(100), children({ lower: 150, upper: 150, value: 150, missing: ['x'] })),
    ).toEqual({ rule: 'EQUALS', status: 'INCONSISTENT', gap: 50 });
  });
});

describe('WITHIN_RANGE (rates)', () => {
  const rates = children({ lower: 90.95, upper: 97.05, value: null, minValue: 91, maxValue: 97 });

  it("is CONSISTENT when the parent's printed rate lies between the children's printed rates", () => {
    expect(checkWithinRange(figure(96.96, 96.955, 96.965), rates).status).toBe('CONSISTENT');
  });

  it('is CONSISTENT_APPROXIMATE when only rounding puts it inside', () => {
    expect(checkWithinRange(figure(97.02, 97.015, 97.025), rates).status).toBe(
      'CONSISTENT_APPROXIMATE',
    );
  });

  it('is INCONSISTENT above the highest child, gap the distance', () => {
    const check = checkWithinRange(figure(99.1, 99.05, 99.15), rates);
    expect(check.status).toBe('INCONSISTENT');
    expect(check.gap).toBeCloseTo(2, 10);
  });

  it('is INCONSISTENT below the lowest child', () => {
    const check = checkWithinRange(figure(80, 79.5, 80.5), rates);
    expect(check.status).toBe('INCONSISTENT');
    expect(check.gap).toBeCloseTo(10.45, 10);
  });

  it('accepts an 以上 rate reaching into the range', () => {
    expect(checkWithinRange(figure(95, 95, 100), rates).status).toBe('CONSISTENT');
  });
});

describe('PART_OF ("of which")', () => {
  it('is CONSISTENT when the part is no more than its total', () => {
    expect(
      checkPartOf(figure(1430000, 1425000, 1435000), figure(3290000, 3290000, 3300000)).status,
    ).toBe('CONSISTENT');
  });

  it('is INCONSISTENT when even its lowest exceeds the highest total', () => {
    expect(
      checkPartOf(figure(3400000, 3395000, 3405000), figure(3290000, 3290000, 3300000)),
    ).toEqual({
      rule: 'PART_OF',
      status: 'INCONSISTENT',
      gap: 95000,
    });
  });

  it('is CONSISTENT_APPROXIMATE when only rounding keeps it within', () => {
    expect(
      checkPartOf(figure(3295000, 3290000, 3300000), figure(3290000, 3290000, 3300000)).status,
    ).toBe('CONSISTENT_APPROXIMATE');
  });
});

describe('combining', () => {
  it("adds a province's cities and its city-less units as one set of direct children", () => {
    const cities = children({
      lower: 10,
      upper: 20,
      value: 15,
      minValue: 15,
      maxValue: 15,
      reporting: 1,
      expected: 2,
      missing: ['510300'],
    });
    const direct = children({
      lower: 5,
      upper: null,
      value: 5,
      minValue: 5,
      maxValue: 5,
      reporting: 1,
      expected: 2,
      missing: ['419001'],
    });
    expect(addRollups(cities, direct, false)).toEqual({
      lower: 15,
      upper: null,
      value: 20,
      minValue: 5,
      maxValue: 15,
      reporting: 2,
      expected: 4,
      coverage: 0.5,
      missing: ['419001', '510300'],
    });
  });

  it('spans rates over the sides that reported instead of adding them', () => {
    const cities = children({
      lower: 90.95,
      upper: 97.05,
      minValue: 91,
      maxValue: 97,
      reporting: 2,
    });
    const direct = children({ lower: 85.5, upper: 86.5, minValue: 86, maxValue: 86, reporting: 1 });
    const blank = children({ lower: 0, upper: 0, value: null, reporting: 0, expected: 3 });
    expect(addRollups(cities, direct, true)).toMatchObject({
      lower: 85.5,
      upper: 97.05,
      minValue: 86,
      maxValue: 97,
    });
    expect(addRollups(cities, blank, true)).toMatchObject({
      lower: 90.95,
      upper: 97.05,
      reporting: 2,
      expected: 4,
    });
  });

  it('lets the worst check decide: an inconsistency beats a consistent check', () => {
    expect(
      worstOf([
        { rule: 'AT_LEAST', status: 'CONSISTENT', gap: null },
        { rule: 'PART_OF', status: 'INCONSISTENT', gap: 3 },
      ]),
    ).toEqual({ rule: 'PART_OF', status: 'INCONSISTENT', gap: 3 });
  });

  it('prefers a check that held over one with nothing to compare', () => {
    expect(
      worstOf([
        { rule: 'AT_LEAST', status: 'INDETERMINATE', gap: null },
        { rule: 'PART_OF', status: 'CONSISTENT', gap: null },
      ])?.status,
    ).toBe('CONSISTENT');
  });
});

import { type Interval, exactSum, spanIntervals, sumIntervals } from '../value/interval';

/**
 * What the children of one parent cell add up to. For SUM metrics [lower, upper] is the
 * interval sum over the children that reported; for rates (aggregation NONE) it is the span
 * from the lowest to the highest child, since rates are compared, never added. Children
 * that did not report are `missing`, never counted as zero.
 */
export interface Rollup {
  /** 0 when no child reported. */
  lower: number;
  /** Null: some child is unbounded above. */
  upper: number | null;
  /** Sum of the children's point values (SUM metrics); null for rates or when none reported. */
  value: number | null;
  minValue: number | null;
  maxValue: number | null;
  reporting: number;
  expected: number;
  /** reporting / expected; 0 when there are no children. */
  coverage: number;
  /** Codes of the children that did not report, in code order. */
  missing: readonly string[];
}

/** A child's reported figure, as a rollup reads it. */
export interface ChildFigure extends Interval {
  code: string;
  value: number;
}

/**
 * Rolls up the figures the children reported for one cell. `children` are the codes of
 * every child that exists (in code order); figures of codes outside it are ignored, so a
 * stray row can never inflate a sum.
 */
export function rollUp(
  figures: readonly ChildFigure[],
  children: readonly string[],
  isRate: boolean,
): Rollup {
  const expected = new Set(children);
  const counted = figures.filter((figure) => expected.has(figure.code));
  const reported = new Set(counted.map((figure) => figure.code));
  const reporting = reported.size;
  const shape = {
    reporting,
    expected: children.length,
    coverage: children.length === 0 ? 0 : reporting / children.length,
    missing: children.filter((child) => !reported.has(child)),
  };
  if (counted.length === 0) {
    return { ...shape, lower: 0, upper: 0, value: null, minValue: null, maxValue: null };
  }
  const values = counted.map((figure) => figure.value);
  const extremes = { minValue: Math.min(...values), maxValue: Math.max(...values) };
  if (isRate) {
    const span = spanIntervals(counted)!;
    return { ...shape, ...extremes, lower: span.lower, upper: span.upper, value: null };
  }
  const sum = sumIntervals(counted);
  return { ...shape, ...extremes, lower: sum.lower, upper: sum.upper, value: exactSum(values) };
}

/**
 * Joins two rollups over disjoint children (a province's cities and its city-less units):
 * an interval sum for SUM metrics; for rates, the span over the sides that reported, since
 * a side with no reports has no range to contribute.
 */
export function addRollups(a: Rollup, b: Rollup, isRate: boolean): Rollup {
  const pick = (x: number | null, y: number | null, f: (p: number, q: number) => number) =>
    x === null ? y : y === null ? x : f(x, y);
  const sides = [a, b].filter((side) => side.reporting > 0);
  const bounds: Interval = isRate
    ? (spanIntervals(sides) ?? { lower: 0, upper: 0 })
    : sumIntervals([a, b]);
  const values = sides.map((side) => side.value);
  const reporting = a.reporting + b.reporting;
  const expected = a.expected + b.expected;
  return {
    ...bounds,
    value:
      isRate || sides.length === 0 || values.some((v) => v === null)
        ? null
        : exactSum(values as number[]),
    minValue: pick(a.minValue, b.minValue, Math.min),
    maxValue: pick(a.maxValue, b.maxValue, Math.max),
    reporting,
    expected,
    coverage: expected === 0 ? 0 : reporting / expected,
    missing: [...a.missing, ...b.missing].sort(),
  };
}

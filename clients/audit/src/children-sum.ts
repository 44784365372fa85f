import { type RollupData } from './subtree-query';

/** A cell's children side: an interval over the children that reported, never a zero for blanks. */
export interface ChildrenSum {
  /** Null when no child reported: blank is not zero. */
  interval: { lower: number; upper: number | null } | null;
  reporting: number;
  expected: number;
  /** reporting / expected; 0 when there are no children. */
  coverage: number;
  missing: string[];
}

export function fromRollup(rollup: RollupData): ChildrenSum {
  return {
    interval: rollup.reporting > 0 ? { lower: rollup.lower, upper: rollup.upper } : null,
    reporting: rollup.reporting,
    expected: rollup.expected,
    coverage: rollup.expected === 0 ? 0 : rollup.reporting / rollup.expected,
    missing: [...rollup.missing],
  };
}

/**
 * A province's direct children are its cities and the county-level units with no city, two
 * rollups from two subgraphs over disjoint children. A SUM metric adds their intervals; a
 * rate (NONE) spans from the lower of the lowest to the higher of the highest, since rates
 * are never added. A side where nobody reported contributes nothing, not a zero.
 */
export function addRollups(a: RollupData, b: RollupData, aggregation: string): ChildrenSum {
  const reported = [a, b].filter((rollup) => rollup.reporting > 0);
  const reporting = a.reporting + b.reporting;
  const expected = a.expected + b.expected;
  let interval: ChildrenSum['interval'] = null;
  if (reported.length > 0) {
    const uppers = reported.map((rollup) => rollup.upper);
    const unbounded = uppers.includes(null);
    interval =
      aggregation === 'NONE'
        ? {
            lower: Math.min(...reported.map((rollup) => rollup.lower)),
            upper: unbounded ? null : Math.max(...(uppers as number[])),
          }
        : {
            lower: reported.reduce((sum, rollup) => sum + rollup.lower, 0),
            upper: unbounded ? null : (uppers as number[]).reduce((sum, upper) => sum + upper, 0),
          };
  }
  return {
    interval,
    reporting,
    expected,
    coverage: expected === 0 ? 0 : reporting / expected,
    missing: [...a.missing, ...b.missing].sort(),
  };
}

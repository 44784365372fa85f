import { metricByCode, type Rollup } from '@union/domain';
import { type RawFigure } from './raw-rows';

export interface RawRollup extends Rollup {
  coverage: number;
  missing: string[];
}

/**
 * The same rollup the services compute (common/src/figures/rollup-loader.ts), in memory:
 * interval sums over the children that reported, or their span for rates; the extremes of
 * the point values; `missing` in child order. `children` are in code order.
 */
export function rollUp(
  metric: string,
  children: readonly string[],
  figureOf: (child: string) => RawFigure | null | undefined,
): RawRollup {
  const isRate = metricByCode(metric)?.aggregation === 'NONE';
  let reporting = 0;
  let lower = 0;
  let upper = 0;
  let value = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  let minValue = Number.POSITIVE_INFINITY;
  let maxValue = Number.NEGATIVE_INFINITY;
  let unbounded = false;
  const missing: string[] = [];
  for (const child of children) {
    const figure = figureOf(child);
    if (!figure) {
      missing.push(child);
      continue;
    }
    reporting += 1;
    lower += figure.lower;
    value += figure.value;
    lowest = Math.min(lowest, figure.lower);
    minValue = Math.min(minValue, figure.value);
    maxValue = Math.max(maxValue, figure.value);
    if (figure.upper === null) unbounded = true;
    else {
      upper += figure.upper;
      highest = Math.max(highest, figure.upper);
    }
  }
  const counts = {
    reporting,
    expected: children.length,
    coverage: children.length === 0 ? 0 : reporting / children.length,
    missing,
  };
  if (reporting === 0) {
    return { ...counts, lower: 0, upper: 0, value: null, minValue: null, maxValue: null };
  }
  const extremes = { minValue, maxValue };
  if (isRate) {
    return {
      ...counts,
      ...extremes,
      lower: lowest,
      upper: unbounded ? null : highest === Number.NEGATIVE_INFINITY ? 0 : highest,
      value: null,
    };
  }
  return { ...counts, ...extremes, lower, upper: unbounded ? null : upper, value };
}

/** A `Rollup`: every field the floor knows; the query picks. */
export function rollupFields(rollup: RawRollup): RawRollup {
  return rollup;
}

/** Children of each parent, in the order the rows came (the queries sort by code). */
export function groupChildren<Row extends { code: string }>(
  rows: readonly Row[],
  parentOf: (row: Row) => string | null | undefined,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.code)) continue;
    seen.add(row.code);
    const parent = parentOf(row);
    if (parent === null || parent === undefined) continue;
    const list = groups.get(parent);
    if (list) list.push(row.code);
    else groups.set(parent, [row.code]);
  }
  return groups;
}

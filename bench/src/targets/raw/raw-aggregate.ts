import { metricByCode } from '@union/domain';
import { type RawRollup } from './raw-rollup';

/** The children's figures of one metric grouped in SQL, as common's rollup loader groups them. */
export interface AggregateRow {
  parent: string | null;
  metric: string;
  reporting: number | string;
  lower_sum: number | string | null;
  upper_sum: number | string | null;
  bounded: number | string;
  value_sum: number | string | null;
  lower_min: number | string | null;
  upper_max: number | string | null;
  value_min: number | string | null;
  value_max: number | string | null;
  reporters: string | null;
}

export const AGGREGATE_COLUMNS = `count(*) as reporting, sum(f.lower) as lower_sum,
  sum(f.upper) as upper_sum, count(f.upper) as bounded, sum(f.value) as value_sum,
  min(f.lower) as lower_min, max(f.upper) as upper_max, min(f.value) as value_min,
  max(f.value) as value_max`;

const n = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** Adds groups over disjoint children (a province's districts, city by city). */
export function combineAggregates(rows: readonly AggregateRow[]): AggregateRow | undefined {
  if (rows.length === 0) return undefined;
  const sum = (pick: (row: AggregateRow) => number | string | null) =>
    rows.reduce<number | null>((total, row) => {
      const value = n(pick(row));
      return value === null ? total : (total ?? 0) + value;
    }, null);
  const extreme = (pick: (row: AggregateRow) => number | string | null, f: typeof Math.min) =>
    rows.reduce<number | null>((best, row) => {
      const value = n(pick(row));
      return value === null ? best : best === null ? value : f(best, value);
    }, null);
  return {
    parent: null,
    metric: rows[0]!.metric,
    reporting: sum((r) => r.reporting) ?? 0,
    lower_sum: sum((r) => r.lower_sum),
    upper_sum: sum((r) => r.upper_sum),
    bounded: sum((r) => r.bounded) ?? 0,
    value_sum: sum((r) => r.value_sum),
    lower_min: extreme((r) => r.lower_min, Math.min),
    upper_max: extreme((r) => r.upper_max, Math.max),
    value_min: extreme((r) => r.value_min, Math.min),
    value_max: extreme((r) => r.value_max, Math.max),
    reporters: rows
      .map((r) => r.reporters ?? '')
      .filter((r) => r !== '')
      .join(','),
  };
}

/** common's toRollup on a grouped row: `missing` from the children the group does not name. */
export function rollupFromAggregate(
  metric: string,
  row: AggregateRow | undefined,
  children: readonly string[],
): RawRollup {
  const reported = new Set(row?.reporters?.split(',') ?? []);
  const reporting = row ? Number(row.reporting) : 0;
  const counts = {
    reporting,
    expected: children.length,
    coverage: children.length === 0 ? 0 : reporting / children.length,
    missing: children.filter((child) => !reported.has(child)),
  };
  if (!row) return { ...counts, lower: 0, upper: 0, value: null, minValue: null, maxValue: null };
  const unbounded = Number(row.bounded) < reporting;
  const extremes = { minValue: n(row.value_min) ?? 0, maxValue: n(row.value_max) ?? 0 };
  if (metricByCode(metric)?.aggregation === 'NONE') {
    return {
      ...counts,
      ...extremes,
      lower: n(row.lower_min) ?? 0,
      upper: unbounded ? null : (n(row.upper_max) ?? 0),
      value: null,
    };
  }
  return {
    ...counts,
    ...extremes,
    lower: n(row.lower_sum) ?? 0,
    upper: unbounded ? null : (n(row.upper_sum) ?? 0),
    value: n(row.value_sum) ?? 0,
  };
}

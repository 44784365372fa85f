import { type SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { metricByCode } from '../metrics/catalog';
import { type Dialect } from '../orm/create-orm';
import { type ChildrenIndex } from '../tree/children-index';
import { cellKey, parseCellKey } from './cell-key';
import { type Rollup } from './rollup.type';

/** Where the children's figures of a rollup live, in the subgraph that owns the children. */
export interface RollupSource {
  /** The children's figures table, e.g. district_figures. */
  figureTable: string;
  /** The children's own table, e.g. districts. */
  unitTable: string;
  /** The column of unitTable naming the parent, e.g. city_code. */
  parentColumn: string;
  /** Only children with no city (a province's direct county-level units). */
  withoutCity?: boolean;
  children: ChildrenIndex;
}

interface AggregateRow {
  parent: string;
  metric: string;
  period: string;
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

const toNumber = (value: number | string | null): number => (value === null ? 0 : Number(value));

/**
 * One rollup per parent cell, one SQL statement per batch: the children's figures grouped
 * by (parent, metric, period). Sums of the bounds give the interval sum (DESIGN.md §5:
 * never round a sum); for NONE metrics (rates) the rollup is the children's span instead.
 * Children come from the index, so `missing` lists exactly those without a figure.
 */
export function createRollupLoader(
  em: SqlEntityManager,
  dialect: Dialect,
  source: RollupSource,
): DataLoader<string, Rollup> {
  return new DataLoader(async (keys) => {
    const cells = keys.map(parseCellKey);
    const knex = em.getKnex();
    const reporters =
      dialect === 'postgresql' ? "string_agg(f.code, ',')" : "group_concat(f.code, ',')";
    const query = knex(`${source.figureTable} as f`)
      .join(`${source.unitTable} as u`, 'u.code', 'f.code')
      .whereIn(`u.${source.parentColumn}`, [...new Set(cells.map((c) => c.code))])
      .whereIn('f.metric', [...new Set(cells.map((c) => c.metric))])
      .whereIn('f.period', [...new Set(cells.map((c) => c.period))])
      .groupBy(`u.${source.parentColumn}`, 'f.metric', 'f.period')
      .select(
        knex.raw(`u.${source.parentColumn} as parent`),
        'f.metric',
        'f.period',
        knex.raw('count(*) as reporting'),
        knex.raw('sum(f.lower) as lower_sum'),
        knex.raw('sum(f.upper) as upper_sum'),
        knex.raw('count(f.upper) as bounded'),
        knex.raw('sum(f.value) as value_sum'),
        knex.raw('min(f.lower) as lower_min'),
        knex.raw('max(f.upper) as upper_max'),
        knex.raw('min(f.value) as value_min'),
        knex.raw('max(f.value) as value_max'),
        knex.raw(`${reporters} as reporters`),
      );
    if (source.withoutCity) query.whereNull('u.city_code');
    const rows = await em.execute<AggregateRow[]>(query, [], 'all', em.getLoggerContext());
    const byKey = new Map(
      rows.map((row) => [
        cellKey({ code: row.parent, metric: row.metric, period: row.period }),
        row,
      ]),
    );
    return cells.map((cell) =>
      toRollup(cell.metric, byKey.get(cellKey(cell)), source.children.childrenOf(cell.code)),
    );
  });
}

function toRollup(
  metricCode: string,
  row: AggregateRow | undefined,
  children: readonly string[],
): Rollup {
  const reported = new Set(row?.reporters?.split(',') ?? []);
  const reporting = row ? toNumber(row.reporting) : 0;
  const unbounded = row ? toNumber(row.bounded) < reporting : false;
  const isRate = metricByCode(metricCode)?.aggregation === 'NONE';
  const rollup = {
    reporting,
    expected: children.length,
    coverage: children.length === 0 ? 0 : reporting / children.length,
    missing: children.filter((child) => !reported.has(child)),
  };
  if (!row) return { ...rollup, lower: 0, upper: 0, value: null, minValue: null, maxValue: null };
  const extremes = { minValue: toNumber(row.value_min), maxValue: toNumber(row.value_max) };
  if (isRate) {
    return {
      ...rollup,
      ...extremes,
      lower: toNumber(row.lower_min),
      upper: unbounded ? null : toNumber(row.upper_max),
      value: null,
    };
  }
  return {
    ...rollup,
    ...extremes,
    lower: toNumber(row.lower_sum),
    upper: unbounded ? null : toNumber(row.upper_sum),
    value: toNumber(row.value_sum),
  };
}

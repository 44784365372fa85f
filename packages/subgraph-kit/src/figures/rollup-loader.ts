import { type Knex, type SqlEntityManager } from '@mikro-orm/knex';
import {
  type ChildFigure,
  type ChildTotals,
  type DatedChildrenIndex,
  loadDivisionHistory,
  metricByCode,
  parseCellKey,
  periodEndYear,
  type Rollup,
  rollUp,
  rollUpTotals,
} from '@union/domain';
import DataLoader from 'dataloader';
import { CellMap } from './cell-map';

/** Where the children's figures of a rollup live, in the subgraph that owns the children. */
export interface RollupSource {
  /** The children's figures table, e.g. district_figures. */
  figureTable: string;
  /** The children's own table, e.g. districts. */
  unitTable: string;
  /** The column of unitTable naming the parent, e.g. city_code. */
  parentColumn: string;
  /** Narrows the children further; `u` is the unit table (a level's own rule, such as "no city"). */
  restrict?: (query: Knex.QueryBuilder) => void;
  /** The children of each parent in the tree of each year, kept in memory. */
  children: DatedChildrenIndex;
}

interface ChildFigureRow {
  parent: string;
  code: string;
  metric: string;
  period: string;
  value: number | string;
  lower: number | string;
  upper: number | string | null;
}

/** One parent cell's children's figures, added up by the database. */
interface ChildTotalsRow {
  parent: string;
  metric: string;
  period: string;
  figures: number | string;
  /** Figures whose bounds or value are not non-negative integers. */
  inexact: number | string;
  lower_sum: number | string;
  upper_sum: number | string | null;
  /** Figures with an upper bound; fewer than `figures` when one is unbounded (以上). */
  bounded: number | string;
  value_sum: number | string;
  min_value: number | string;
  max_value: number | string;
  min_lower: number | string;
  max_upper: number | string | null;
  codes: string;
}

type CellRequest = ReturnType<typeof parseCellKey>;

/** Each children list of the index as a set, made once: the index hands out the same arrays. */
const childSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function childSet(children: readonly string[]): ReadonlySet<string> {
  let set = childSets.get(children);
  if (!set) childSets.set(children, (set = new Set(children)));
  return set;
}

/**
 * Totals are exact when every term is a non-negative integer and each sum stays below
 * 2^53, since a double adds such numbers without rounding (a rate needs only its minima and
 * maxima, exact whatever the numbers); and they are the rollup's own
 * when every child that reported is a child in the cell's year (a retired unit's figure
 * is never summed). Anything else is added up from the rows in the domain's decimal
 * arithmetic.
 */
function exactTotals(
  row: ChildTotalsRow,
  children: readonly string[],
  isRate: boolean,
): ChildTotals | null {
  const lowerSum = Number(row.lower_sum);
  const bounded = Number(row.bounded) === Number(row.figures);
  const upperSum = bounded ? Number(row.upper_sum) : null;
  const valueSum = Number(row.value_sum);
  // A rate's rollup is a span: minima and maxima are exact whatever the numbers.
  if (!isRate) {
    if (Number(row.inexact) !== 0) return null;
    if (!Number.isSafeInteger(lowerSum) || !Number.isSafeInteger(valueSum)) return null;
    if (upperSum !== null && !Number.isSafeInteger(upperSum)) return null;
  }
  const codes = row.codes.split(',');
  const expected = childSet(children);
  if (!codes.every((code) => expected.has(code))) return null;
  return {
    codes,
    lowerSum,
    upperSum,
    valueSum,
    minValue: Number(row.min_value),
    maxValue: Number(row.max_value),
    minLower: Number(row.min_lower),
    maxUpper: bounded ? Number(row.max_upper) : null,
  };
}

/**
 * The children's figures of these cells' parents: those of units whose years of use span
 * the end year of the figure's period. That leaves out figures of units created later or
 * retired earlier, which the rollup would not count; a code in use on both sides of a break
 * passes, and the rollup's check against the index still leaves it out.
 */
function childFigures(em: SqlEntityManager, source: RollupSource, cells: readonly CellRequest[]) {
  const periodsByYear = new Map<number, Set<string>>();
  const history = loadDivisionHistory();
  for (const cell of cells) {
    // The year whose tree the index answers with: before the first list, the first.
    const year = history.treeYear(periodEndYear(cell.period));
    const periods = periodsByYear.get(year) ?? new Set<string>();
    periods.add(cell.period);
    periodsByYear.set(year, periods);
  }
  const query = em
    .getKnex()(`${source.figureTable} as f`)
    .join(`${source.unitTable} as u`, 'u.code', 'f.code')
    .whereIn(`u.${source.parentColumn}`, [...new Set(cells.map((c) => c.code))])
    .whereIn('f.metric', [...new Set(cells.map((c) => c.metric))])
    .where((inUse) => {
      for (const [year, periods] of periodsByYear) {
        inUse.orWhere((ofYear) =>
          ofYear
            .whereIn('f.period', [...periods])
            .where('u.valid_from', '<=', year)
            .where((end) => end.whereNull('u.valid_to').orWhere('u.valid_to', '>=', year)),
        );
      }
    });
  source.restrict?.(query);
  return query;
}

/** Each parent cell's totals: one row per (parent, metric, period) that has figures. */
async function readTotals(
  em: SqlEntityManager,
  source: RollupSource,
  cells: readonly CellRequest[],
): Promise<ChildTotalsRow[]> {
  const knex = em.getKnex();
  const postgres = knex.client.dialect === 'postgresql';
  const whole = (column: string) => `f.${column} = round(f.${column})`;
  const query = childFigures(em, source, cells)
    .select(`u.${source.parentColumn} as parent`, 'f.metric', 'f.period')
    .select(
      knex.raw('count(*) as figures'),
      knex.raw(
        `sum(case when f.lower >= 0 and ${whole('lower')} and ${whole('value')} ` +
          `and (f.upper is null or ${whole('upper')}) then 0 else 1 end) as inexact`,
      ),
      knex.raw('sum(f.lower) as lower_sum'),
      knex.raw('sum(f.upper) as upper_sum'),
      knex.raw('count(f.upper) as bounded'),
      knex.raw('sum(f.value) as value_sum'),
      knex.raw('min(f.value) as min_value'),
      knex.raw('max(f.value) as max_value'),
      knex.raw('min(f.lower) as min_lower'),
      knex.raw('max(f.upper) as max_upper'),
      knex.raw(postgres ? "string_agg(f.code, ',') as codes" : 'group_concat(f.code) as codes'),
    )
    .groupBy(`u.${source.parentColumn}`, 'f.metric', 'f.period');
  return em.execute<ChildTotalsRow[]>(query, [], 'all', em.getLoggerContext());
}

/** The children's figures one by one, for the cells whose totals were not exact. */
async function readFigures(
  em: SqlEntityManager,
  source: RollupSource,
  cells: readonly CellRequest[],
): Promise<CellMap<ChildFigure[]>> {
  const query = childFigures(em, source, cells).select(
    `u.${source.parentColumn} as parent`,
    'f.code',
    'f.metric',
    'f.period',
    'f.value',
    'f.lower',
    'f.upper',
  );
  const rows = await em.execute<ChildFigureRow[]>(query, [], 'all', em.getLoggerContext());
  const byCell = new CellMap<ChildFigure[]>();
  for (const row of rows) {
    const figure = {
      code: row.code,
      value: Number(row.value),
      lower: Number(row.lower),
      upper: row.upper === null ? null : Number(row.upper),
    };
    const list = byCell.get(row.parent, row.metric, row.period);
    if (list) list.push(figure);
    else byCell.set(row.parent, row.metric, row.period, [figure]);
  }
  return byCell;
}

/** `answer`, worked out once per distinct argument. */
function rememberedByArgument<T>(answer: (argument: string) => T): (argument: string) => T {
  const answers = new Map<string, T>();
  return (argument) => {
    if (answers.has(argument)) return answers.get(argument)!;
    const value = answer(argument);
    answers.set(argument, value);
    return value;
  };
}

/**
 * One rollup per parent cell, one SQL statement per batch: the database adds up the
 * children's figures of every (parent, metric, period) asked for, and the rollup is made
 * from those totals where they are exact (integer figures, which counts of units and
 * members always are). Where they are not, a second statement reads that cell's figures
 * and the domain adds them in decimal arithmetic, never SQL's SUM over doubles. Children
 * come from the index, in the tree at the end of the cell's period (`2014-2019` → 2019),
 * so `expected` and `missing` are the units that existed then, and a figure of a unit that
 * did not is not summed. A code keeps its parent in every year, so the statement, which
 * selects by parent, finds the figures of every year's children.
 */
export function createRollupLoader(
  em: SqlEntityManager,
  source: RollupSource,
): DataLoader<string, Rollup> {
  return new DataLoader(async (keys) => {
    const cells = keys.map(parseCellKey);
    // A batch holds thousands of cells (10,000 in a country-wide audit) of a few metrics
    // and periods: what depends only on those is worked out once each.
    const endYearOf = rememberedByArgument(periodEndYear);
    const isRate = rememberedByArgument(
      (metric: string) => metricByCode(metric)?.aggregation === 'NONE',
    );
    const childrenOf = (cell: CellRequest) =>
      source.children.childrenOf(cell.code, endYearOf(cell.period));
    const totals = new CellMap<ChildTotalsRow>();
    for (const row of await readTotals(em, source, cells)) {
      totals.set(row.parent, row.metric, row.period, row);
    }
    const rollups: Rollup[] = new Array<Rollup>(cells.length);
    const inexact: number[] = [];
    cells.forEach((cell, index) => {
      const row = totals.get(cell.code, cell.metric, cell.period);
      const children = childrenOf(cell);
      const rate = isRate(cell.metric);
      const exact = row === undefined ? null : exactTotals(row, children, rate);
      if (row !== undefined && exact === null) inexact.push(index);
      else rollups[index] = rollUpTotals(exact, children, rate);
    });
    if (inexact.length > 0) {
      const figures = await readFigures(
        em,
        source,
        inexact.map((index) => cells[index]!),
      );
      for (const index of inexact) {
        const cell = cells[index]!;
        rollups[index] = rollUp(
          figures.get(cell.code, cell.metric, cell.period) ?? [],
          childrenOf(cell),
          isRate(cell.metric),
        );
      }
    }
    return rollups;
  });
}

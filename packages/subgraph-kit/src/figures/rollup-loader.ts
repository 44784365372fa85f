import { type Knex, type SqlEntityManager } from '@mikro-orm/knex';
import {
  cellKey,
  type ChildFigure,
  type DatedChildrenIndex,
  metricByCode,
  parseCellKey,
  periodEndYear,
  type Rollup,
  rollUp,
} from '@union/domain';
import DataLoader from 'dataloader';

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

/**
 * One rollup per parent cell, one SQL statement per batch: the children's figures of every
 * (parent, metric, period) asked for. The database only selects; the sums are the domain's
 * interval arithmetic (exact on printed decimals), never SQL's SUM over doubles. Children
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
    const query = em
      .getKnex()(`${source.figureTable} as f`)
      .join(`${source.unitTable} as u`, 'u.code', 'f.code')
      .whereIn(`u.${source.parentColumn}`, [...new Set(cells.map((c) => c.code))])
      .whereIn('f.metric', [...new Set(cells.map((c) => c.metric))])
      .whereIn('f.period', [...new Set(cells.map((c) => c.period))])
      .select(
        `u.${source.parentColumn} as parent`,
        'f.code',
        'f.metric',
        'f.period',
        'f.value',
        'f.lower',
        'f.upper',
      );
    source.restrict?.(query);
    const rows = await em.execute<ChildFigureRow[]>(query, [], 'all', em.getLoggerContext());
    const byCell = new Map<string, ChildFigure[]>();
    for (const row of rows) {
      const key = cellKey({ code: row.parent, metric: row.metric, period: row.period });
      const figure = {
        code: row.code,
        value: Number(row.value),
        lower: Number(row.lower),
        upper: row.upper === null ? null : Number(row.upper),
      };
      const list = byCell.get(key);
      if (list) list.push(figure);
      else byCell.set(key, [figure]);
    }
    return cells.map((cell) =>
      rollUp(
        byCell.get(cellKey(cell)) ?? [],
        source.children.childrenOf(cell.code, periodEndYear(cell.period)),
        metricByCode(cell.metric)?.aggregation === 'NONE',
      ),
    );
  });
}

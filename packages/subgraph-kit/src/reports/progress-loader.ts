import { type Knex, type SqlEntityManager } from '@mikro-orm/knex';
import {
  type DatedChildrenIndex,
  periodEndYear,
  type ReportProgress,
  reportProgress,
  type ReportState,
} from '@union/domain';
import DataLoader from 'dataloader';
import { parseReportKey, reportKey } from './report-store';

/** Where the children's reports live, in the subgraph that owns the children. */
export interface ProgressSource {
  /** The children's report table, e.g. district_reports. */
  reportTable: string;
  /** The children's own table, e.g. districts. */
  unitTable: string;
  /** The column of unitTable naming the parent, e.g. city_code. */
  parentColumn: string;
  /** Narrows the children further; `u` is the unit table (e.g. "no city"). */
  restrict?: (query: Knex.QueryBuilder) => void;
  /**
   * Every child of each parent in the tree at the end of the period (a report of 2013 expects
   * the units of 2013): a child with no report row is OPEN.
   */
  children: DatedChildrenIndex;
}

interface ChildReportRow {
  parent: string;
  code: string;
  period: string;
  state: ReportState;
}

/**
 * The progress of each parent's children for a period (key `parent|period`), one SQL
 * statement per batch, as the rollups read the children's figures: the database selects the
 * rows that exist, the index says which children are expected.
 */
export function createProgressLoader(
  em: SqlEntityManager,
  source: ProgressSource,
): DataLoader<string, ReportProgress> {
  return new DataLoader(async (keys) => {
    const wanted = keys.map(parseReportKey);
    const query = em
      .getKnex()(`${source.reportTable} as r`)
      .join(`${source.unitTable} as u`, 'u.code', 'r.code')
      .whereIn(`u.${source.parentColumn}`, [...new Set(wanted.map((w) => w.code))])
      .whereIn('r.period', [...new Set(wanted.map((w) => w.period))])
      .select(`u.${source.parentColumn} as parent`, 'r.code', 'r.period', 'r.state');
    source.restrict?.(query);
    const rows = await em.execute<ChildReportRow[]>(query, [], 'all', em.getLoggerContext());
    const states = new Map(rows.map((row) => [reportKey(row), row.state]));
    return wanted.map(({ code, period }) =>
      reportProgress(source.children.childrenOf(code, periodEndYear(period)), (child) =>
        states.get(reportKey({ code: child, period })),
      ),
    );
  });
}

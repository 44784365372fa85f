import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { cellKey, parseCellKey } from '@union/domain';
import { findPlain } from '../orm/find-plain';
import { SettledLoader } from '../loaders/settled-loader';
import { type FigureRow } from './figure-row';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * The reported figure of each cell, one statement per batch. The query asks for every
 * combination of the batch's codes, metrics and periods (a superset when a batch mixes
 * metrics or periods) and keeps the cells asked for; a cell with no row yields null. Rows
 * it holds (loaded, or primed by `figures`) are read without waiting (SettledLoader).
 */
export function createFigureByCellLoader<Row extends FigureRow>(
  em: SqlEntityManager,
  entity: EntityName<Row>,
): SettledLoader<Row | null> {
  return new SettledLoader(async (keys) => {
    const cells = keys.map(parseCellKey);
    const where = {
      code: { $in: unique(cells.map((c) => c.code)) },
      metric: { $in: unique(cells.map((c) => c.metric)) },
      period: { $in: unique(cells.map((c) => c.period)) },
    } as FilterQuery<Row>;
    const rows = await findPlain(em, entity, where);
    const byKey = new Map(rows.map((row) => [cellKey(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Key of figuresByCode: an organisation and a period, or every period when empty. */
export function orgPeriodKey(code: string, period: string | null): string {
  return `${code}|${period ?? ''}`;
}

/**
 * Every reported figure of each organisation (optionally of one period), one statement per
 * batch, in metric then period order. Rows also prime `figureByCell`, so asking for their
 * `reported` value costs nothing more.
 */
export function createFiguresByCodeLoader<Row extends FigureRow>(
  em: SqlEntityManager,
  entity: EntityName<Row>,
  figureByCell: DataLoader<string, Row | null>,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const wanted = keys.map((key) => {
      const [code = '', period = ''] = key.split('|');
      return { code, period };
    });
    const periods = wanted.some((w) => w.period === '')
      ? null
      : unique(wanted.map((w) => w.period));
    const where = {
      code: { $in: unique(wanted.map((w) => w.code)) },
      ...(periods ? { period: { $in: periods } } : {}),
    } as FilterQuery<Row>;
    const rows = await findPlain(em, entity, where, { orderBy: { metric: 'asc', period: 'asc' } });
    for (const row of rows) figureByCell.prime(cellKey(row), row);
    return wanted.map(({ code, period }) =>
      rows.filter((row) => row.code === code && (period === '' || row.period === period)),
    );
  });
}

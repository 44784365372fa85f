import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { cellKey, parseCellKey } from '@union/domain';
import DataLoader from 'dataloader';
import { findPlain } from '../orm/find-plain';
import { type FigureChangeRow } from './figure-change-row';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * Each cell's history, newest first, one statement per batch (a superset of the cells, as
 * figureByCell reads); a cell never written has an empty history.
 */
export function createHistoryByCellLoader<Change extends FigureChangeRow>(
  em: SqlEntityManager,
  entity: EntityName<Change>,
): DataLoader<string, Change[]> {
  return new DataLoader(async (keys) => {
    const cells = keys.map(parseCellKey);
    const rows = await findPlain(
      em,
      entity,
      {
        code: { $in: unique(cells.map((c) => c.code)) },
        metric: { $in: unique(cells.map((c) => c.metric)) },
        period: { $in: unique(cells.map((c) => c.period)) },
      } as FilterQuery<Change>,
      { orderBy: { version: 'desc' } },
    );
    const byKey = new Map<string, Change[]>();
    for (const row of rows) {
      const key = cellKey(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

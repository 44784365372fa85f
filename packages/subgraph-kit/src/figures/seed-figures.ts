import { type EntityManager, type EntityName } from '@mikro-orm/core';
import { type FigureRecord } from '@union/domain';
import { type FigureRow } from './figure-row';

const UPSERT_CHUNK = 200;

/**
 * Stores a level's seed figures. An upsert on (code, metric, period): loading twice
 * changes nothing, and a corrected seed file updates its figures in place.
 */
export async function seedFigures<Row extends FigureRow>(
  em: EntityManager,
  entity: EntityName<Row>,
  rows: FigureRecord[],
): Promise<number> {
  await em.transactional(async (tx) => {
    for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
      await tx.upsertMany(entity, rows.slice(i, i + UPSERT_CHUNK) as Row[]);
    }
  });
  return rows.length;
}

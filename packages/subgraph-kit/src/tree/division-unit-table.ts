import { type EntityManager, type EntityName } from '@mikro-orm/core';
import { buildSearchKeys } from '@union/domain';
import { type DivisionUnit } from './division-unit';

const INSERT_CHUNK = 500;

/**
 * Loads a level's units on first start: a table that already has rows is left alone, so
 * running it twice changes nothing. Rows go in chunks to stay under bind-parameter limits.
 */
export async function seedDivisionUnits<T extends DivisionUnit>(
  em: EntityManager,
  entity: EntityName<T>,
  records: readonly Omit<T, 'searchKeys'>[],
): Promise<number> {
  if ((await em.count(entity)) > 0) return 0;
  const rows = records.map((record) => ({
    ...record,
    searchKeys: buildSearchKeys(record.pinyin, record.initials),
  }));
  await em.transactional(async (tx) => {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.insertMany(entity, rows.slice(i, i + INSERT_CHUNK) as T[]);
    }
  });
  return rows.length;
}

import { type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/core';
import { buildSearchKeys } from '@union/domain';
import { type DivisionUnit } from './division-unit';

const INSERT_CHUNK = 500;

/** What a seed of a level's units did to its table. */
export interface UnitSeedOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Brings a level's table up to date with the dated tree at every start: a unit it lacks is
 * inserted (on a new database, all of them; on one from before the tree had years, the
 * retired units), a unit whose name, readings, parents or years differ is updated, and a
 * unit that agrees is left alone, so running it twice changes nothing. Rows the tree does
 * not have are kept: figures may point at them. Inserts go in chunks to stay under
 * bind-parameter limits.
 */
export async function seedDivisionUnits<T extends DivisionUnit>(
  em: EntityManager,
  entity: EntityName<T>,
  records: readonly Omit<T, 'searchKeys'>[],
): Promise<UnitSeedOutcome> {
  const rows = records.map((record) => ({
    ...record,
    searchKeys: buildSearchKeys(record.pinyin, record.initials),
  })) as unknown as Record<string, unknown>[];
  const outcome: UnitSeedOutcome = { inserted: 0, updated: 0, unchanged: 0 };
  await em.transactional(async (tx) => {
    const stored = (await tx.find(
      entity,
      {},
      {
        disableIdentityMap: true,
        populate: ['searchKeys'] as never,
      },
    )) as unknown as Record<string, unknown>[];
    const byCode = new Map(stored.map((row) => [row.code as string, row]));
    const inserts: Record<string, unknown>[] = [];
    for (const row of rows) {
      const current = byCode.get(row.code as string);
      if (!current) {
        inserts.push(row);
      } else if (Object.keys(row).some((key) => current[key] !== row[key])) {
        await tx.nativeUpdate(entity, { code: row.code } as FilterQuery<T>, row as never);
        outcome.updated += 1;
      } else {
        outcome.unchanged += 1;
      }
    }
    for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
      await tx.insertMany(entity, inserts.slice(i, i + INSERT_CHUNK) as T[]);
    }
    outcome.inserted = inserts.length;
  });
  return outcome;
}

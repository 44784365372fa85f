import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { selectArrays } from './array-rows';
import { rowReader } from './row-reader';

export interface PlainFindOptions {
  orderBy?: Record<string, 'asc' | 'desc'>;
  limit?: number | undefined;
  offset?: number | undefined;
}

/**
 * Reads rows as plain objects with the entity's property names and types, without
 * creating managed entities or filling the identity map. Every graph read is read-only,
 * and hydrating thousands of entities per national report cost more CPU than the SQL.
 * Selects only the columns the graph reads (see rowReader), as array rows. Runs through the request's
 * EntityManager, so its statement is counted for the request.
 */
export async function findPlain<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: PlainFindOptions = {},
): Promise<T[]> {
  const reader = rowReader(em, entity);
  const query = em
    .createQueryBuilder(entity)
    .select(reader.properties as never)
    .where(where);
  if (options.orderBy) query.orderBy(options.orderBy as never);
  if (options.limit !== undefined) query.limit(options.limit);
  if (options.offset !== undefined) query.offset(options.offset);
  const rows = await selectArrays(em, query.getKnexQuery());
  return rows.map((values) => reader.read(values));
}

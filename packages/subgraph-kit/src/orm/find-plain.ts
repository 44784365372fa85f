import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';

export interface PlainFindOptions {
  orderBy?: Record<string, 'asc' | 'desc'>;
  limit?: number | undefined;
  offset?: number | undefined;
}

/**
 * Reads rows as plain objects with the entity's property names and types, without
 * creating managed entities or filling the identity map. Every graph read is read-only,
 * and hydrating thousands of entities per national report cost more CPU than the SQL.
 * Runs through the request's EntityManager, so its statement is counted for the request.
 */
export async function findPlain<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: PlainFindOptions = {},
): Promise<T[]> {
  const query = em.createQueryBuilder(entity).select('*').where(where);
  if (options.orderBy) query.orderBy(options.orderBy as never);
  if (options.limit !== undefined) query.limit(options.limit);
  if (options.offset !== undefined) query.offset(options.offset);
  return (await query.execute('all', true)) as T[];
}

/** Maps one raw row of the entity's table (column names) to a plain object (property names). */
export function mapRow<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  raw: Record<string, unknown>,
): T {
  const meta = em.getMetadata().find(entity as never);
  return em.getDriver().mapResult(raw as never, meta as never) as T;
}

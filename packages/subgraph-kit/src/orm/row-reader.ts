import { type EntityName } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';

/** Reads one entity's rows from raw result rows: which columns to select and how to map them. */
export interface RowReader<T> {
  /** The entity's columns the graph reads (lazy properties, like a search index, are left out). */
  readonly columns: readonly string[];
  /** The same as property names, for MikroORM's query builder. */
  readonly properties: readonly string[];
  /** The raw row's keys for those columns: the column names, or with a prefix `f__text`. */
  readonly keys: readonly string[];
  read(raw: Record<string, unknown>): T;
}

interface Field {
  key: string;
  property: string;
  boolean: boolean;
}

const readers = new WeakMap<object, Map<string, RowReader<unknown>>>();

/**
 * A reader of an entity's rows that maps column names to property names with a list
 * worked out once per entity and key prefix. MikroORM's own result mapping looked the
 * metadata up per row and, with the per-row renaming of joined columns, cost more than
 * the SQL in the national report (7,000 rows per request). Booleans are the one type that
 * needs converting: SQLite stores them as 0 and 1.
 */
export function rowReader<T>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  prefix = '',
): RowReader<T> {
  const meta = em.getMetadata().find(entity as never);
  if (!meta) throw new Error(`no entity metadata for ${String(entity)}`);
  let byPrefix = readers.get(meta);
  if (!byPrefix) readers.set(meta, (byPrefix = new Map()));
  const known = byPrefix.get(prefix);
  if (known) return known as RowReader<T>;

  const fields: Field[] = [];
  const columns: string[] = [];
  for (const property of Object.values(meta.properties)) {
    if (property.lazy || property.persist === false || property.fieldNames?.length !== 1) continue;
    const column = property.fieldNames[0]!;
    columns.push(column);
    fields.push({
      key: prefix + column,
      property: property.name,
      boolean: property.runtimeType === 'boolean' || property.type === 'boolean',
    });
  }
  const reader: RowReader<T> = {
    columns,
    properties: fields.map((field) => field.property),
    keys: fields.map((field) => field.key),
    read(raw) {
      const row: Record<string, unknown> = {};
      for (const field of fields) {
        const value = raw[field.key];
        row[field.property] =
          field.boolean && value !== null && value !== undefined ? Boolean(value) : value;
      }
      return row as T;
    },
  };
  byPrefix.set(prefix, reader as RowReader<unknown>);
  return reader;
}

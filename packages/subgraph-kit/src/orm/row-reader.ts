import { type EntityName } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';

/** Reads one entity's rows from array rows: which columns to select and how to map them. */
export interface RowReader<T> {
  /** The entity's columns the graph reads (lazy properties, like a search index, are left out). */
  readonly columns: readonly string[];
  /** The same as property names, for MikroORM's query builder. */
  readonly properties: readonly string[];
  /**
   * The entity from an array row (see selectArrays) whose values for `columns` start at
   * `offset`: 0 for a row of this entity alone, later for columns joined after another's.
   */
  read(values: readonly unknown[], offset?: number): T;
  /**
   * A reader of some of the entity's properties, in the order given: for a statement that
   * selects only the columns its caller reads. The row it gives back holds no other property.
   */
  only(properties: readonly string[]): RowReader<Partial<T>>;
}

interface Field {
  property: string;
  column: string;
  boolean: boolean;
}

const readers = new WeakMap<object, RowReader<unknown>>();

/**
 * A reader of an entity's rows that maps column positions to property names with a list
 * worked out once per entity. MikroORM's own result mapping looked the metadata up per
 * row and cost more than the SQL in the national report (7,000 rows per request).
 * Booleans are the one type that needs converting: SQLite stores them as 0 and 1.
 */
export function rowReader<T>(em: SqlEntityManager, entity: EntityName<T>): RowReader<T> {
  const meta = em.getMetadata().find(entity as never);
  if (!meta) throw new Error(`no entity metadata for ${String(entity)}`);
  const known = readers.get(meta);
  if (known) return known as RowReader<T>;

  const fields: Field[] = [];
  for (const property of Object.values(meta.properties)) {
    if (property.lazy || property.persist === false || property.fieldNames?.length !== 1) continue;
    fields.push({
      property: property.name,
      column: property.fieldNames[0]!,
      boolean: property.runtimeType === 'boolean' || property.type === 'boolean',
    });
  }
  const reader = readerOf<T>(fields, String(meta.className));
  readers.set(meta, reader as RowReader<unknown>);
  return reader;
}

function readerOf<T>(fields: readonly Field[], entityName: string): RowReader<T> {
  const subsets = new Map<string, RowReader<Partial<T>>>();
  return {
    columns: fields.map((field) => field.column),
    properties: fields.map((field) => field.property),
    read(values, offset = 0) {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        const value = values[offset + i];
        row[field.property] =
          field.boolean && value !== null && value !== undefined ? Boolean(value) : value;
      }
      return row as T;
    },
    only(properties) {
      const key = properties.join(',');
      let subset = subsets.get(key);
      if (!subset) {
        subset = readerOf<Partial<T>>(
          properties.map((name) => {
            const field = fields.find((f) => f.property === name);
            if (!field) throw new Error(`${entityName} has no column for ${name}`);
            return field;
          }),
          entityName,
        );
        subsets.set(key, subset);
      }
      return subset;
    },
  };
}

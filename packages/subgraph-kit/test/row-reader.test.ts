import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { createOrm, type Orm } from '../src/orm/create-orm';
import { findPlain } from '../src/orm/find-plain';
import { rowReader } from '../src/orm/row-reader';
import { createTemporaryDatabase, type TemporaryDatabase } from '../src/testing/postgres-database';

@Entity({ tableName: 'gauges' })
class Gauge {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'double', nullable: true })
  upperBound!: number | null;

  @Property({ type: 'boolean' })
  complete!: boolean;

  @Property({ type: 'text', lazy: true })
  searchKeys!: string;
}

const noMigrations = { sqlite: [], postgresql: [] };

describe.each(['sqlite', 'postgresql'] as const)('plain reads on %s', (store) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'union-row-reader-'));
  let database: TemporaryDatabase | undefined;
  let orm: Orm;
  let em: SqlEntityManager;

  beforeAll(async () => {
    if (store === 'postgresql') database = await createTemporaryDatabase('union_row_reader');
    orm = await createOrm({
      sqlitePath: path.join(folder, 'gauges.sqlite'),
      databaseUrl: database?.url,
      entities: [Gauge],
      migrations: noMigrations,
    });
    await orm.orm.schema.createSchema();
    em = orm.orm.em.fork() as SqlEntityManager;
    await em.insertMany(Gauge, [
      { code: '510106', upperBound: 3.5, complete: true, searchKeys: ' jinniuqu jnq' },
      { code: '510104', upperBound: null, complete: false, searchKeys: ' jinjiangqu jjq' },
    ]);
  });
  afterAll(async () => {
    await orm.close();
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('maps columns to properties, booleans as booleans, and leaves lazy columns unread', async () => {
    const rows = await findPlain(em, Gauge, {}, { orderBy: { code: 'asc' } });
    expect(rows).toEqual([
      { code: '510104', upperBound: null, complete: false },
      { code: '510106', upperBound: 3.5, complete: true },
    ]);
  });

  it('reads joined columns under a prefix with the same list', () => {
    const reader = rowReader(em, Gauge, 'g__');
    expect(reader.columns).toEqual(['code', 'upper_bound', 'complete']);
    expect(
      reader.read({ g__code: '510106', g__upper_bound: 2, g__complete: 1, code: 'x' }),
    ).toEqual({ code: '510106', upperBound: 2, complete: true });
    expect(rowReader(em, Gauge, 'g__')).toBe(reader);
  });
});

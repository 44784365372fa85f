import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { selectArrays } from '../src/orm/array-rows';
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

  it('reads joined columns from where they start in an array row, with one list per entity', () => {
    const reader = rowReader(em, Gauge);
    expect(reader.columns).toEqual(['code', 'upper_bound', 'complete']);
    expect(reader.read(['x', '510106', 2, 1], 1)).toEqual({
      code: '510106',
      upperBound: 2,
      complete: true,
    });
    expect(rowReader(em, Gauge)).toBe(reader);
  });

  it('reads some of the properties, in the order asked, and refuses one with no column', () => {
    const some = rowReader(em, Gauge).only(['complete', 'code']);
    expect(some.columns).toEqual(['complete', 'code']);
    expect(some.read([0, '510104'])).toEqual({ complete: false, code: '510104' });
    expect(rowReader(em, Gauge).only(['complete', 'code'])).toBe(some);
    expect(() => rowReader(em, Gauge).only(['searchKeys'])).toThrow(
      'Gauge has no column for searchKeys',
    );
  });

  it('returns array rows only for a marked select, inside the transaction that runs it', async () => {
    const knex = em.getKnex();
    await em
      .fork()
      .transactional(async (tx) => {
        await tx.insert(Gauge, { code: '510107', upperBound: 1, complete: false, searchKeys: '' });
        const arrays = await selectArrays(
          tx as SqlEntityManager,
          knex
            .select('code', 'complete')
            .from('gauges')
            .where('code', '>', '510105')
            .orderBy('code'),
        );
        // The uncommitted row is there: the select ran on the transaction's connection.
        expect(arrays).toEqual([
          ['510106', store === 'sqlite' ? 1 : true],
          ['510107', store === 'sqlite' ? 0 : false],
        ]);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    // Unmarked statements still read objects, and the insert was rolled back.
    expect(await em.fork().execute('select code from gauges order by code')).toEqual([
      { code: '510104' },
      { code: '510106' },
    ]);
  });

  it('counts a marked select for the request whose EntityManager runs it', async () => {
    const counted = em.fork({ loggerContext: { requestId: 'array-rows' } }) as SqlEntityManager;
    orm.sqlLog.begin('array-rows', null);
    const rows = await findPlain(counted, Gauge, { code: '510106' });
    expect(rows).toEqual([{ code: '510106', upperBound: 3.5, complete: true }]);
    expect(orm.sqlLog.end('array-rows')?.statements).toBe(1);
  });
});

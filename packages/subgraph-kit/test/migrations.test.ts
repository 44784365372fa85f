import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EntitySchema } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOrm,
  type DialectMigrations,
  migrationClassName,
  splitSqlStatements,
} from '../src/index';

interface Unit {
  code: string;
}

const Unit = new EntitySchema<Unit>({
  name: 'Unit',
  tableName: 'units',
  properties: { code: { type: 'string', length: 6, primary: true } },
});

class CreateUnits extends Migration {
  override up(): void {
    this.addSql('create table `units` (`code` text not null, primary key (`code`));');
  }
}

class SelectOne extends Migration {
  override up(): void {
    this.addSql('select 1;');
  }
}

const only = (list: DialectMigrations['sqlite']): DialectMigrations => ({
  sqlite: list,
  postgresql: list,
});

describe('createOrm on a database of an earlier schema', () => {
  let folder: string;
  let sqlitePath: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'union-kit-migrations-'));
    sqlitePath = path.join(folder, 'city.sqlite');
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses it, naming the file, the unknown migrations and how to re-create it', async () => {
    // What the hand-written migrations of the first versions recorded.
    const legacy = await createOrm({
      sqlitePath,
      entities: [Unit],
      migrations: only([
        { name: '001-cities', class: CreateUnits },
        { name: '002-city-figures', class: SelectOne },
      ]),
    });
    await legacy.close();

    const opening = createOrm({
      sqlitePath,
      entities: [Unit],
      migrations: only([{ name: 'Migration20260101000000_initial', class: CreateUnits }]),
    });
    await expect(opening).rejects.toThrow(sqlitePath);
    await expect(opening).rejects.toThrow('001-cities, 002-city-figures');
    await expect(opening).rejects.toThrow(/created by an earlier schema/);
    await expect(opening).rejects.toThrow(
      `delete ${sqlitePath} (the embedded default keeps its files under data/) and start again`,
    );

    // Nothing ran: the database still lists only what created it.
    const reopened = await createOrm({
      sqlitePath,
      entities: [Unit],
      migrations: only([
        { name: '001-cities', class: CreateUnits },
        { name: '002-city-figures', class: SelectOne },
      ]),
    });
    try {
      const executed = await reopened.orm.migrator.getExecutedMigrations();
      expect(executed.map((row) => row.name)).toEqual(['001-cities', '002-city-figures']);
    } finally {
      await reopened.close();
    }
  });

  it('opens a database whose migrations are all known and applies the new ones', async () => {
    const first = await createOrm({
      sqlitePath,
      entities: [Unit],
      migrations: only([{ name: 'Migration20260101000000_initial', class: CreateUnits }]),
    });
    await first.close();
    const next = await createOrm({
      sqlitePath,
      entities: [Unit],
      migrations: only([
        { name: 'Migration20260101000000_initial', class: CreateUnits },
        { name: 'Migration20260102000000_next', class: SelectOne },
      ]),
    });
    try {
      const executed = await next.orm.migrator.getExecutedMigrations();
      expect(executed.map((row) => row.name)).toEqual([
        'Migration20260101000000_initial',
        'Migration20260102000000_next',
      ]);
    } finally {
      await next.close();
    }
  });
});

describe('splitSqlStatements', () => {
  it('splits what MikroORM glues together, one statement each', () => {
    expect(splitSqlStatements('pragma foreign_keys = on;drop index `a_b_index`;')).toEqual([
      'pragma foreign_keys = on;',
      'drop index `a_b_index`;',
    ]);
  });

  it('leaves a ; inside quotes or comments alone and closes a last statement', () => {
    expect(
      splitSqlStatements(
        `alter table "t" add column "c" text not null default 'a;b''c;';` +
          ` -- a; comment\ncreate index "i;x" on "t" ("c") /* ; */`,
      ),
    ).toEqual([
      `alter table "t" add column "c" text not null default 'a;b''c;';`,
      `-- a; comment\ncreate index "i;x" on "t" ("c") /* ; */;`,
    ]);
  });
});

describe('migrationClassName', () => {
  it('is Migration<stamp>_<name>, and refuses a name that is not an identifier', () => {
    expect(migrationClassName('20260101000000', 'figure_changes')).toBe(
      'Migration20260101000000_figure_changes',
    );
    expect(() => migrationClassName('20260101000000', 'figure-changes')).toThrow(/letters/);
  });
});

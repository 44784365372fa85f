import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { type Migration } from '@mikro-orm/migrations';
import { CountingLogger, SqlStatementLog } from './sql-statement-log';

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

export interface CreateOrmOptions {
  /** PostgreSQL URL; when absent the service uses `sqlitePath` through libsql. */
  databaseUrl?: string | undefined;
  sqlitePath: string;
  entities: Options['entities'];
  /** In order; MikroORM records which ran, so each applies once per database. */
  migrations: { name: string; class: MigrationClass }[];
  /** Print every SQL statement (SQL_DEBUG=1). */
  printSql?: boolean;
}

export type Dialect = 'sqlite' | 'postgresql';

export interface Orm {
  orm: MikroORM;
  sqlLog: SqlStatementLog;
  dialect: Dialect;
  close(): Promise<void>;
}

/**
 * Opens the service's own database (SQLite file by default, PostgreSQL when a URL is set)
 * and brings its schema up to date through the migrations. Never `schema:update`.
 */
export async function createOrm(options: CreateOrmOptions): Promise<Orm> {
  const sqlLog = new SqlStatementLog();
  const common = {
    entities: options.entities,
    debug: ['query'] as const,
    loggerFactory: (loggerOptions: Parameters<NonNullable<Options['loggerFactory']>>[0]) =>
      new CountingLogger(loggerOptions, sqlLog, options.printSql ?? false),
    discovery: { requireEntitiesArray: true },
    allowGlobalContext: false,
    extensions: [(await import('@mikro-orm/migrations')).Migrator],
    migrations: {
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  };

  let orm: MikroORM;
  let dialect: Dialect;
  if (options.databaseUrl) {
    const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
    orm = await MikroORM.init({
      ...common,
      debug: [...common.debug],
      driver: PostgreSqlDriver,
      clientUrl: options.databaseUrl,
      pool: { min: 0, max: 10 },
    });
    dialect = 'postgresql';
  } else {
    const { LibSqlDriver } = await import('@mikro-orm/libsql');
    mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
    orm = await MikroORM.init({
      ...common,
      debug: [...common.debug],
      driver: LibSqlDriver,
      dbName: options.sqlitePath,
    });
    dialect = 'sqlite';
  }
  await orm.getMigrator().up();
  return { orm, sqlLog, dialect, close: () => orm.close(true) };
}

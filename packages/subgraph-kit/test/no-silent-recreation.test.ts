import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Entity, PrimaryKey } from '@mikro-orm/core';
import { createOrm, initializedMarker } from '../src/orm/create-orm';
import { REPO_ROOT } from '../src/env';
import { TEST_POSTGRES_URL } from '../src/testing/postgres-database';

@Entity({ tableName: 'things' })
class Thing {
  @PrimaryKey({ type: 'string' })
  code!: string;
}

const noMigrations = { sqlite: [], postgresql: [] };
const open = (options: { sqlitePath: string; databaseUrl?: string }) =>
  createOrm({ ...options, entities: [Thing], migrations: noMigrations });

describe('a SQLite database that was there', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'union-recreation-'));
  const file = path.join(folder, 'city.sqlite');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is marked once it exists, and its loss stops the start instead of a fresh database', async () => {
    await (await open({ sqlitePath: file })).close();
    expect(existsSync(initializedMarker(file))).toBe(true);
    unlinkSync(file);
    await expect(open({ sqlitePath: file })).rejects.toThrow(
      `the SQLite database ${file} is missing, but this data directory held one`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('refuses an emptied file too, and starts again once the marker is deleted on purpose', async () => {
    rmSync(initializedMarker(file));
    await (await open({ sqlitePath: file })).close();
    truncateSync(file, 0);
    await expect(open({ sqlitePath: file })).rejects.toThrow('is empty');
    rmSync(initializedMarker(file));
    await (await open({ sqlitePath: file })).close();
  });
});

describe('a PostgreSQL URL naming a missing database', () => {
  const name = `union_missing_${Date.now().toString(36)}`;
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;

  const exists = async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    try {
      return (
        (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1
      );
    } finally {
      await client.end();
    }
  };

  afterAll(async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });

  it('is an error naming it, and no database is created', async () => {
    await expect(open({ sqlitePath: '/nonexistent', databaseUrl: url.toString() })).rejects.toThrow(
      `the PostgreSQL database ${name} on ${url.host} does not exist`,
    );
    expect(await exists()).toBe(false);
  });

  it('is created by npm run db:create, after which the service opens it', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npm', ['run', '-s', 'db:create'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CITY_DATABASE_URL: url.toString() },
    });
    expect(stdout).toContain(`city: created ${name}`);
    expect(await exists()).toBe(true);
    await (await open({ sqlitePath: '/nonexistent', databaseUrl: url.toString() })).close();
  });
});

import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Entity, PrimaryKey } from '@mikro-orm/core';
import { createOrm, SQLITE_PAGE_CACHE_KIB } from '../src/orm/create-orm';

@Entity({ tableName: 'marks' })
class Mark {
  @PrimaryKey({ type: 'string' })
  code!: string;
}

const folder = mkdtempSync(path.join(tmpdir(), 'union-page-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it("gives SQLite's connection a page cache of its own size instead of the default 2 MiB", async () => {
  const orm = await createOrm({
    sqlitePath: path.join(folder, 'marks.sqlite'),
    entities: [Mark],
    migrations: { sqlite: [], postgresql: [] },
  });
  try {
    const rows = await orm.orm.em.getConnection().execute('pragma cache_size', [], 'all');
    expect(rows).toEqual([{ cache_size: -SQLITE_PAGE_CACHE_KIB }]);
  } finally {
    await orm.close();
  }
});

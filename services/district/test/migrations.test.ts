import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOrm } from '@union/subgraph-kit';
import { BACKENDS, createTemporaryDatabase } from '@union/subgraph-kit/testing';
import { districtSubgraph } from '../src/definition';

// The entities are the only definition of the tables; the migrations are generated from them
// (npm run migration:create, docs/migrations.md). A change to an entity without its migration,
// or a hand-edited migration, leaves a difference here.
describe.each(BACKENDS)('the district migrations on %s', (backend) => {
  it('build on a fresh database exactly the schema the entities describe', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'union-district-migrations-'));
    const database =
      backend === 'postgresql' ? await createTemporaryDatabase('union_district_migrations') : null;
    try {
      const orm = await createOrm({
        databaseUrl: database?.url,
        sqlitePath: path.join(folder, 'district.sqlite'),
        entities: districtSubgraph.entities,
        migrations: districtSubgraph.migrations,
      });
      try {
        expect(orm.dialect).toBe(backend);
        const executed = await orm.orm.migrator.getExecutedMigrations();
        expect(executed.map((row) => row.name)).toEqual(
          districtSubgraph.migrations[backend].map((migration) => migration.name),
        );
        expect(await orm.orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
        expect(await orm.orm.migrator.checkMigrationNeeded()).toBe(false);
      } finally {
        await orm.close();
      }
    } finally {
      await database?.drop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

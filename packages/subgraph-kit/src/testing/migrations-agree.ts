import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOrm } from '../orm/create-orm';
import { type SubgraphDefinition } from '../server/bootstrap-subgraph';
import { createTemporaryDatabase } from './postgres-database';
import { BACKENDS } from './service-harness';

/**
 * The entities are the only definition of a service's tables; its migrations are generated
 * from them (npm run migration:create, docs/migrations.md). A change to an entity without
 * its migration, or a hand-edited migration, leaves a difference that this suite reports.
 */
export function describeMigrationsAgree<Loaders, Shared>(
  definition: SubgraphDefinition<Loaders, Shared>,
): void {
  const service = definition.service;
  describe.each(BACKENDS)(`the ${service} migrations on %s`, (backend) => {
    it('build on a fresh database exactly the schema the entities describe', async () => {
      const folder = mkdtempSync(path.join(tmpdir(), `union-${service}-migrations-`));
      const database =
        backend === 'postgresql'
          ? await createTemporaryDatabase(`union_${service}_migrations`)
          : null;
      try {
        const orm = await createOrm({
          databaseUrl: database?.url,
          sqlitePath: path.join(folder, `${service}.sqlite`),
          entities: definition.entities,
          migrations: definition.migrations,
        });
        try {
          expect(orm.dialect).toBe(backend);
          const executed = await orm.orm.migrator.getExecutedMigrations();
          expect(executed.map((row) => row.name)).toEqual(
            definition.migrations[backend].map((migration) => migration.name),
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
}

import { type DialectMigrations } from '@union/subgraph-kit';
import { migrations as postgresql } from './postgresql';
import { migrations as sqlite } from './sqlite';

/**
 * Generated from the entities, one set per dialect, by `npm run migration:create`
 * (docs/migrations.md). Never edit one that has shipped: change the entity and generate
 * the next.
 */
export const migrations: DialectMigrations = { sqlite, postgresql };

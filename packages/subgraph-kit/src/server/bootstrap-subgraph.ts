import { type EntityManager, type Options } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { type GraphQLSchema } from 'graphql';
import { type CreateOrmOptions, createOrm, type Orm } from '../orm/create-orm';
import { createRequestContext, type RequestContext } from '../graphql/context';
import { type RunningSubgraph, startSubgraphServer } from './subgraph-server';

export interface SubgraphDefinition<Loaders, Shared> {
  service: string;
  entities: Options['entities'];
  migrations: CreateOrmOptions['migrations'];
  buildSchema(): Promise<GraphQLSchema>;
  /** Reads, once at start, what every request shares (the children index). */
  prepare(em: SqlEntityManager): Promise<Shared>;
  createLoaders(em: SqlEntityManager, shared: Shared): Loaders;
  /** Loads the service's share of the reference data; must change nothing when run twice. */
  seed(em: EntityManager): Promise<void>;
}

export interface SubgraphRuntimeOptions {
  port: number;
  host?: string;
  databaseUrl?: string | undefined;
  sqlitePath: string;
  printSql?: boolean;
}

export interface SubgraphServer extends RunningSubgraph {
  orm: Orm;
}

/** Opens the database, migrates, seeds on first start, then serves the subgraph. */
function openOrm<Loaders, Shared>(
  definition: SubgraphDefinition<Loaders, Shared>,
  runtime: SubgraphRuntimeOptions,
): Promise<Orm> {
  return createOrm({
    databaseUrl: runtime.databaseUrl,
    sqlitePath: runtime.sqlitePath,
    entities: definition.entities,
    migrations: definition.migrations,
    printSql: runtime.printSql,
  });
}

/** Migrates and seeds a subgraph's database without serving it (npm run seed). */
export async function seedSubgraph<Loaders, Shared>(
  definition: SubgraphDefinition<Loaders, Shared>,
  runtime: SubgraphRuntimeOptions,
): Promise<void> {
  const orm = await openOrm(definition, runtime);
  try {
    await definition.seed(orm.orm.em.fork());
  } finally {
    await orm.close();
  }
}

export async function bootstrapSubgraph<Loaders, Shared>(
  definition: SubgraphDefinition<Loaders, Shared>,
  runtime: SubgraphRuntimeOptions,
): Promise<SubgraphServer> {
  const orm = await openOrm(definition, runtime);
  try {
    await definition.seed(orm.orm.em.fork());
    const schema = await definition.buildSchema();
    const root = orm.orm.em as SqlEntityManager;
    const shared = await definition.prepare(root.fork());
    const running = await startSubgraphServer<RequestContext<Loaders>>({
      service: definition.service,
      schema,
      port: runtime.port,
      host: runtime.host,
      sqlLog: orm.sqlLog,
      createContext: (requestId) =>
        createRequestContext(root, requestId, (em) => definition.createLoaders(em, shared)),
      onStop: () => orm.close(),
    });
    return { ...running, orm };
  } catch (error) {
    await orm.close();
    throw error;
  }
}

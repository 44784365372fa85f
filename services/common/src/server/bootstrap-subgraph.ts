import { type EntityManager, type Options } from '@mikro-orm/core';
import { type GraphQLSchema } from 'graphql';
import { type CreateOrmOptions, createOrm, type Orm } from '../orm/create-orm';
import { createRequestContext, type RequestContext } from '../graphql/context';
import { type RunningSubgraph, startSubgraphServer } from './subgraph-server';

export interface SubgraphDefinition<Loaders> {
  service: string;
  entities: Options['entities'];
  migrations: CreateOrmOptions['migrations'];
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(em: EntityManager): Loaders;
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
export async function bootstrapSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  runtime: SubgraphRuntimeOptions,
): Promise<SubgraphServer> {
  const orm = await createOrm({
    databaseUrl: runtime.databaseUrl,
    sqlitePath: runtime.sqlitePath,
    entities: definition.entities,
    migrations: definition.migrations,
    printSql: runtime.printSql,
  });
  try {
    await definition.seed(orm.orm.em.fork());
    const schema = await definition.buildSchema();
    const root = orm.orm.em;
    const running = await startSubgraphServer<RequestContext<Loaders>>({
      service: definition.service,
      schema,
      port: runtime.port,
      host: runtime.host,
      sqlLog: orm.sqlLog,
      createContext: (requestId) => createRequestContext(root, requestId, definition.createLoaders),
      onStop: () => orm.close(),
    });
    return { ...running, orm };
  } catch (error) {
    await orm.close();
    throw error;
  }
}

import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { type GraphQLSchema } from 'graphql';
import {
  createOrm,
  createReportRuntime,
  createRequestContext,
  type Orm,
  REPO_ROOT,
  SERVICES,
  startSubgraphServer,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '@union/subgraph-kit';
import { DEFINITIONS } from '../../services';
import { type MonolithConfig } from '../child-configs';
import { CombinedStatementLog } from './combined-statement-log';
import { buildMonolithSchema, type MonolithContext } from './monolith-schema';

interface Part {
  service: string;
  definition: SubgraphDefinition<unknown, unknown>;
  orm: Orm;
  root: SqlEntityManager;
  shared: unknown;
  schema: GraphQLSchema;
}

/**
 * The supergraph served by one process over every service's store, each field resolved by
 * its subgraph's own resolver in place (see buildMonolithSchema): the bench's monolith.
 */
export async function startMonolith(config: MonolithConfig): Promise<RunningSubgraph> {
  const opened: Orm[] = [];
  try {
    return await startOnStores(config, opened);
  } catch (error) {
    // A step that fails leaves no store open behind it: close every one opened so far.
    await Promise.allSettled(opened.map((orm) => orm.close()));
    throw error;
  }
}

/** Adds each service's store to `opened` as soon as it is open, so a failure can close it. */
async function startOnStores(config: MonolithConfig, opened: Orm[]): Promise<RunningSubgraph> {
  const parts: Part[] = [];
  // One at a time: type-graphql builds each schema from global metadata.
  for (const service of SERVICES) {
    const definition = DEFINITIONS[service];
    const orm = await createOrm({
      ...config.stores[service],
      entities: definition.entities,
      migrations: definition.migrations,
    });
    opened.push(orm);
    const root = orm.orm.em as SqlEntityManager;
    const shared = await definition.prepare(root.fork());
    parts.push({ service, definition, orm, root, shared, schema: await definition.buildSchema() });
  }
  // The benchmark only reads: no seal secret and no entry deadline.
  const reports = await createReportRuntime(undefined);
  const supergraph = readFileSync(path.join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8');
  const schema = buildMonolithSchema(
    supergraph,
    Object.fromEntries(parts.map((part) => [part.service, part.schema])),
  );
  return startSubgraphServer<MonolithContext>({
    service: 'monolith',
    schema,
    port: 0,
    host: '127.0.0.1',
    // The monolith is queried directly, as a comparison: no gateway signs for it.
    gatewaySecret: null,
    sqlLog: new CombinedStatementLog(parts.map((part) => part.orm.sqlLog)),
    createContext: (requestId) => ({
      requestId,
      ...Object.fromEntries(
        parts.map((part) => [
          part.service,
          createRequestContext(
            part.root,
            requestId,
            null,
            (em) => part.definition.createLoaders(em, part.shared),
            reports,
          ),
        ]),
      ),
    }),
    onStop: async () => {
      await Promise.all(parts.map((part) => part.orm.close()));
    },
  });
}

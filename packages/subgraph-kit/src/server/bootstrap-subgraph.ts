import { type EntityManager, type Options } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { type GraphQLSchema } from 'graphql';
import { createOrm, type DialectMigrations, type Orm } from '../orm/create-orm';
import { createRequestContext, type RequestContext } from '../graphql/context';
import { type RunningSubgraph, startSubgraphServer } from './subgraph-server';
import { type SeedOutcome } from '../figures/seed-figures';
import { type AuthSettings } from '../auth/auth-settings';
import { createTokenVerifier, refuseEveryToken } from '../auth/token-verifier';
import { createReportRuntime, type ReportSettings } from '../reports/report-settings';
import {
  type GatewayTrustSettings,
  resolveGatewaySecret,
} from '../gateway-trust/gateway-trust-settings';

export interface SubgraphDefinition<Loaders, Shared> {
  service: string;
  entities: Options['entities'];
  /** Generated from `entities` per dialect (`src/migrations/index.ts`, docs/migrations.md). */
  migrations: DialectMigrations;
  buildSchema(): Promise<GraphQLSchema>;
  /** Builds, once at start, what every request shares (the dated children index). */
  prepare(em: SqlEntityManager): Promise<Shared>;
  createLoaders(em: SqlEntityManager, shared: Shared): Loaders;
  /**
   * Loads the service's share of the reference data; must change nothing when run twice and
   * never overwrite a figure a person changed (it reports those instead).
   */
  seed(em: EntityManager): Promise<SeedOutcome | void>;
}

export interface SubgraphRuntimeOptions {
  port: number;
  /** The interface to listen on; 127.0.0.1 when absent, so only this machine reaches it. */
  host?: string;
  /** The secret the gateway signs its requests with (readGatewayTrustSettings). */
  gatewayTrust: GatewayTrustSettings;
  databaseUrl?: string | undefined;
  sqlitePath: string;
  printSql?: boolean;
  /** Where tokens are verified against (readAuthSettings); absent: every token is refused. */
  auth?: AuthSettings | undefined;
  /**
   * The audit seal's shared secret and lifetime and the entry deadline (readReportSettings);
   * absent: no deadline, and audit seals are neither made nor accepted.
   */
  reports?: ReportSettings | undefined;
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

/** Says which seed figures were left as people changed them, so nobody wonders why. */
export function reportKept(service: string, outcome: SeedOutcome | void): void {
  if (!outcome || outcome.keptPersonChanges.length === 0) return;
  const cells = outcome.keptPersonChanges;
  console.log(
    `${service}: kept ${cells.length} figure(s) people changed instead of the seed reports' ` +
      `(${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ', ...' : ''})`,
  );
}

/** Migrates and seeds a subgraph's database without serving it (npm run seed). */
export async function seedSubgraph<Loaders, Shared>(
  definition: SubgraphDefinition<Loaders, Shared>,
  runtime: SubgraphRuntimeOptions,
): Promise<SeedOutcome | void> {
  const orm = await openOrm(definition, runtime);
  try {
    return await definition.seed(orm.orm.em.fork());
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
    reportKept(definition.service, await definition.seed(orm.orm.em.fork()));
    const schema = await definition.buildSchema();
    const root = orm.orm.em as SqlEntityManager;
    const shared = await definition.prepare(root.fork());
    const verify = runtime.auth ? await createTokenVerifier(runtime.auth) : refuseEveryToken;
    const reports = await createReportRuntime(runtime.reports);
    const running = await startSubgraphServer<RequestContext<Loaders>>({
      service: definition.service,
      schema,
      port: runtime.port,
      host: runtime.host ?? '127.0.0.1',
      gatewaySecret: await resolveGatewaySecret(runtime.gatewayTrust),
      sqlLog: orm.sqlLog,
      auth: { verify, requiredForReads: runtime.auth?.requiredForReads ?? false },
      createContext: (requestId, viewer) =>
        createRequestContext(
          root,
          requestId,
          viewer,
          (em) => definition.createLoaders(em, shared),
          reports,
        ),
      onStop: () => orm.close(),
      checkDatabase: async () => {
        await root.getConnection().execute('select 1');
      },
    });
    return { ...running, orm };
  } catch (error) {
    await orm.close();
    throw error;
  }
}

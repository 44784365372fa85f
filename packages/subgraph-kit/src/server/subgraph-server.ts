import { createServer, type Server } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { type GraphQLSchema } from 'graphql';
import { type SqlStatementLog } from '../orm/sql-statement-log';
import { createHttpApp, finishHttpApp } from './http-app';
import { close, listen } from './listen';
import { statementCountPlugin } from './statement-count-plugin';
import {
  compiledExecution,
  readSubgraphExecution,
  type SubgraphExecution,
} from './compiled-execution';
import { type Viewer } from '@union/domain';
import { viewerOf, withAuthGate } from '../auth/auth-gate';
import { refuseEveryToken, type TokenVerifier } from '../auth/token-verifier';

export interface SubgraphServerOptions<Context extends BaseContext & { requestId: string }> {
  service: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  sqlLog: SqlStatementLog;
  /**
   * Builds the per-request context (forked EntityManager, fresh loaders) for a request id
   * and the viewer whose token this subgraph verified.
   */
  createContext(requestId: string, viewer: Viewer | null): Context;
  /** Verifies tokens before any GraphQL work; absent: every token is refused. */
  auth?: { verify: TokenVerifier; requiredForReads: boolean };
  /** graphql-jit (the default) or graphql-js; SUBGRAPH_EXECUTION when absent. */
  execution?: SubgraphExecution;
  /** Closed after the HTTP server stops. */
  onStop?: () => Promise<void>;
}

export interface RunningSubgraph {
  service: string;
  url: string;
  port: number;
  sqlLog: SqlStatementLog;
  stop(): Promise<void>;
}

/**
 * Serves one subgraph through Apollo Server's Express integration: `/graphql`, `/health`
 * for the launcher and compose health checks, `/stats` with the SQL statement counts that
 * the tests and the benchmark read.
 */
export async function startSubgraphServer<Context extends BaseContext & { requestId: string }>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const execution = options.execution ?? readSubgraphExecution();
  const apollo = new ApolloServer<Context>({
    ...(execution === 'compiled'
      ? { gateway: compiledExecution(options.schema) }
      : { schema: options.schema }),
    // Cache-control hints and inline traces cost time per field and no gateway here uses them.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      statementCountPlugin<Context>(options.sqlLog),
    ],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  let nextRequest = 0;
  const app = createHttpApp();
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', service: options.service });
  });
  app.get('/stats', (_request, response) => {
    response.json({ service: options.service, ...options.sqlLog.totals() });
  });
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        options.createContext(`${options.service}-${++nextRequest}`, viewerOf(req)),
    }),
  );
  finishHttpApp(app, 'GraphQL is served on /graphql');

  const http: Server = createServer(
    withAuthGate(app, options.auth ?? { verify: refuseEveryToken, requiredForReads: false }),
  );
  const url = await listen(http, options.port, options.host);

  return {
    service: options.service,
    url,
    port: Number(new URL(url).port),
    sqlLog: options.sqlLog,
    async stop() {
      await close(http);
      await apollo.stop();
      await options.onStop?.();
    },
  };
}

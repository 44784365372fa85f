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
import { close, listen, readShutdownDeadline } from './listen';
import { statementCountPlugin } from './statement-count-plugin';
import {
  compiledExecution,
  readSubgraphExecution,
  type SubgraphExecution,
} from './compiled-execution';
import { shortErrorMessage } from '../graphql/short-error-message';
import { createLogger } from '../operations/logger';
import { withOperations } from '../operations/operations-endpoints';
import { type Viewer } from '@union/domain';
import { viewerOf, withAuthGate } from '../auth/auth-gate';
import { refuseEveryToken, type TokenVerifier } from '../auth/token-verifier';
import { requireGatewaySignature } from '../gateway-trust/signature-gate';
import { hasStatsSecret, STATS_SECRET_HEADER } from '../gateway-trust/stats-access';

export interface SubgraphServerOptions<Context extends BaseContext & { requestId: string }> {
  service: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  sqlLog: SqlStatementLog;
  /**
   * The secret the gateway signs its requests with; unsigned requests are refused. Null only
   * for a server with no gateway in front (the benchmark's monolith): unsigned and open.
   */
  gatewaySecret: string | null;
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
  /** Touches the database, for /readyz; absent: ready once listening. */
  checkDatabase?: () => Promise<void>;
}

export interface RunningSubgraph {
  service: string;
  url: string;
  port: number;
  sqlLog: SqlStatementLog;
  stop(): Promise<void>;
}

/**
 * Serves one subgraph through Apollo Server's Express integration: `/graphql` for requests
 * the gateway signed, `/health` for the launcher and compose health checks, `/stats` with
 * the SQL statement counts that the tests and the benchmark read (for holders of the secret).
 */
export async function startSubgraphServer<Context extends BaseContext & { requestId: string }>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const execution = options.execution ?? readSubgraphExecution();
  const shutdownDeadlineMs = readShutdownDeadline();
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
    formatError: (formatted) => ({ ...formatted, message: shortErrorMessage(formatted.message) }),
  });
  await apollo.start();

  let nextRequest = 0;
  const app = createHttpApp();
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', service: options.service });
  });
  app.get('/stats', (request, response) => {
    const secret = options.gatewaySecret;
    if (secret !== null && !hasStatsSecret(request.get(STATS_SECRET_HEADER), secret)) {
      response.status(403).json({
        errors: [{ message: `/stats needs the gateway secret in ${STATS_SECRET_HEADER}` }],
      });
      return;
    }
    response.json({ service: options.service, ...options.sqlLog.totals() });
  });
  app.use(
    '/graphql',
    options.gatewaySecret === null
      ? (_request, _response, next) => next()
      : requireGatewaySignature(options.gatewaySecret),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        options.createContext(`${options.service}-${++nextRequest}`, viewerOf(req)),
    }),
  );
  finishHttpApp(app, 'GraphQL is served on /graphql');

  const logger = createLogger(options.service);
  const operated = withOperations(
    withAuthGate(app, options.auth ?? { verify: refuseEveryToken, requiredForReads: false }),
    {
      service: options.service,
      logger,
      async readiness() {
        try {
          await options.checkDatabase?.();
          return { ready: true, problems: [] };
        } catch (error) {
          logger.warn({ err: error }, 'database not reachable');
          return { ready: false, problems: ['database'] };
        }
      },
    },
  );
  const http: Server = createServer(operated.listener);
  const url = await listen(http, options.port, options.host);

  return {
    service: options.service,
    url,
    port: Number(new URL(url).port),
    sqlLog: options.sqlLog,
    async stop() {
      await close(http, operated, shutdownDeadlineMs);
      await apollo.stop();
      await options.onStop?.();
    },
  };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';

import { type GraphQLSchema } from 'graphql';
import { type SqlStatementLog } from '../orm/sql-statement-log';
import { failRequest, readJsonBody, respondWithApollo, sendJson } from './apollo-http';
import { close, listen } from './listen';

export interface SubgraphServerOptions<Context extends BaseContext> {
  service: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  sqlLog: SqlStatementLog;
  /** Builds the per-request context (forked EntityManager, fresh loaders) for a request id. */
  createContext(requestId: string): Context;
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
 * Serves one subgraph over plain node:http: `/graphql` through Apollo Server, `/health` for
 * the launcher and compose health checks, `/stats` with the SQL statement counts that the
 * tests and the benchmark read. Each request's SQL is attributed through its request id.
 */
export async function startSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    // Cache-control hints and inline traces cost time per field and no gateway here uses them.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  let nextRequest = 0;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      sendJson(response, 200, { status: 'ok', service: options.service });
      return;
    }
    if (url.pathname === '/stats') {
      sendJson(response, 200, { service: options.service, ...options.sqlLog.totals() });
      return;
    }
    if (url.pathname !== '/graphql') {
      sendJson(response, 404, { error: `no route ${url.pathname}; GraphQL is served on /graphql` });
      return;
    }
    const body = await readJsonBody(request);
    const requestId = `${options.service}-${++nextRequest}`;
    const operationName =
      body && typeof body === 'object' && 'operationName' in body
        ? String((body as { operationName: unknown }).operationName ?? '') || null
        : null;
    options.sqlLog.begin(requestId, operationName);
    try {
      await respondWithApollo(apollo, request, response, body, async () =>
        options.createContext(requestId),
      );
    } finally {
      options.sqlLog.end(requestId);
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => failRequest(response, error));
  });
  const url = await listen(server, options.port, options.host);

  return {
    service: options.service,
    url,
    port: Number(new URL(url).port),
    sqlLog: options.sqlLog,
    async stop() {
      await close(server);
      await apollo.stop();
      await options.onStop?.();
    },
  };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';

import { type GraphQLSchema } from 'graphql';
import { type SqlStatementLog } from '../orm/sql-statement-log';
import { close, listen } from './listen';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

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

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('request body too large'), { status: 413 }));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
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
    const method = (request.method ?? 'GET').toUpperCase();
    let body: unknown;
    if (method === 'POST') {
      const text = await readBody(request);
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        sendJson(response, 400, { errors: [{ message: 'request body is not valid JSON' }] });
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const requestId = `${options.service}-${++nextRequest}`;
    const operationName =
      body && typeof body === 'object' && 'operationName' in body
        ? String((body as { operationName: unknown }).operationName ?? '') || null
        : null;
    options.sqlLog.begin(requestId, operationName);
    try {
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: async () => options.createContext(requestId),
      });
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } finally {
      options.sqlLog.end(requestId);
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: { status?: number; message?: string }) => {
      if (!response.headersSent) {
        sendJson(response, error.status ?? 500, {
          errors: [{ message: error.message ?? 'error' }],
        });
      } else {
        response.destroy();
      }
    });
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

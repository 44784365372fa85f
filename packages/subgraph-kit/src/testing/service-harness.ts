import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type SubgraphRuntimeOptions, type SubgraphServer } from '../server/bootstrap-subgraph';
import { postGraphQL, type GraphQLResponse } from './graphql-client';
import { createTemporaryDatabase } from './postgres-database';

/** Every service test runs on both stores the services support. */
export const BACKENDS = ['sqlite', 'postgresql'] as const;
export type Backend = (typeof BACKENDS)[number];

export interface ServiceUnderTest {
  server: SubgraphServer;
  /** The gateway secret this subgraph verifies; `query` signs with it, as the gateway does. */
  gatewaySecret: string;
  /** Sends an operation and returns the response with the SQL statements it cost. */
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data> & { statements: number }>;
  close(): Promise<void>;
}

/**
 * Starts one subgraph on a fresh store: a SQLite file in a temporary folder, or a new
 * PostgreSQL database that is dropped on close.
 */
export async function startServiceOn(
  backend: Backend,
  service: string,
  createServer: (options: SubgraphRuntimeOptions) => Promise<SubgraphServer>,
): Promise<ServiceUnderTest> {
  const folder = mkdtempSync(path.join(tmpdir(), `union-${service}-`));
  const database =
    backend === 'postgresql' ? await createTemporaryDatabase(`union_${service}`) : null;
  const gatewaySecret = randomBytes(32).toString('hex');
  const server = await createServer({
    gatewayTrust: { secret: gatewaySecret, secretDir: undefined },
    port: 0,
    host: '127.0.0.1',
    sqlitePath: path.join(folder, `${service}.sqlite`),
    databaseUrl: database?.url,
  });
  return {
    server,
    gatewaySecret,
    async query<Data>(query: string, variables?: Record<string, unknown>) {
      const before = server.sqlLog.totals().statements;
      const response = await postGraphQL<Data>(
        server.url,
        query,
        variables,
        undefined,
        gatewaySecret,
      );
      return { ...response, statements: server.sqlLog.totals().statements - before };
    },
    async close() {
      await server.stop();
      await database?.drop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

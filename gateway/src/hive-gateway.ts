import { createServer, type Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import http from '@graphql-mesh/transport-http';

/**
 * Hive Gateway with the Rust query planner. GraphiQL answers browsers on the same URL.
 * Identical in-flight subgraph requests are merged by the runtime (keyed on URL, body and
 * headers); no client headers are forwarded, so that merging stays effective.
 */
export function createHiveGatewayServer(supergraph: string): {
  server: Server;
  dispose(): Promise<void>;
} {
  const gateway = createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    transports: { http },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'error',
  });
  return {
    server: createServer(gateway),
    async dispose() {
      await gateway.dispose();
    },
  };
}

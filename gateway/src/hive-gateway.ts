import { createServer, type Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import http from '@graphql-mesh/transport-http';

/**
 * Hive Gateway with the Rust query planner. GraphiQL answers browsers on the same URL.
 * `mergeRequests` is the transport's merging of identical in-flight subgraph requests
 * (deduplicateInflightRequests, keyed on URL, body and headers; on by default): no client
 * headers are forwarded, so merging stays effective when it is on. Merging of identical
 * client requests (inboundInflightRequestDeduplication) stays off.
 */
export function createHiveGatewayServer(
  supergraph: string,
  mergeRequests: boolean,
): { server: Server; dispose(): Promise<void> } {
  const gateway = createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    transports: { http },
    ...(mergeRequests
      ? {}
      : { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } }),
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

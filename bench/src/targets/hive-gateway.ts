import { createServer, type Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import http from '@graphql-mesh/transport-http';

/**
 * gateway/src/hive-gateway.ts with one switch: `merge: false` turns off the transport's
 * merging of identical in-flight subgraph requests (deduplicateInflightRequests, on by
 * default in @graphql-tools/executor-http). Inbound merging of identical client requests
 * (inboundInflightRequestDeduplication) is off by default and stays off.
 */
export function createHiveServer(
  supergraph: string,
  merge: boolean,
): { server: Server; dispose(): Promise<void> } {
  const gateway = createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    transports: { http },
    ...(merge
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

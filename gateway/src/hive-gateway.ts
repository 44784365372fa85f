import { createServer, type Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import http from '@graphql-mesh/transport-http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The query a first visitor sees: 四川省 → 成都市 → 金牛区 with a figure and its rollup. */
const WALK = `{
  province(code: "510000") {
    name
    city: cities { code name }
  }
  city(code: "510100") {
    name
    figure(metric: "members", period: "2013") {
      reported { text lower upper source { document } }
      districtsSum { lower upper reporting expected missing }
      audit { status explanation }
    }
    districts { code name }
  }
  district(code: "510106") { name city { name } province { name } }
}
`;

/**
 * Hive Gateway with the Rust query planner. GraphiQL answers browsers on the same URL,
 * rendered with its scripts inlined so it also works where unpkg.com cannot be reached.
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
    renderGraphiQL,
    graphiql: { title: 'union-graph', defaultQuery: WALK },
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

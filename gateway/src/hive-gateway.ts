import { type RequestListener } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { armorConfig, type QueryLimits } from './limits';
import { REQUEST_ID_HEADER } from '@union/subgraph-kit';
import { queryCostRule } from './query-cost';
import { boundedIntLiterals } from './int-literal-rule';
import { useValidationRule } from './use-validation-rule';
import { useShortErrorMessages } from './use-short-error-messages';
import { signedGuardedFetch } from './signed-subgraph-fetch';
import { withoutRedundantEnumValueJoins } from './enum-value-joins';
import { jsonVariablesHttp } from './json-variables-transport';

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
 * (deduplicateInflightRequests, keyed on URL, body and headers; on by default). Only the
 * caller's Authorization header is forwarded, for the subgraphs to verify: requests of one
 * caller still merge, requests of different callers never share an answer. The request id
 * is set on each fetch, after merging. Merging of
 * identical client requests (inboundInflightRequestDeduplication) stays off.
 */
export function createHiveGatewayServer(
  supergraph: string,
  mergeRequests: boolean,
  limits: QueryLimits,
  subgraphSecret: string,
  upstreamTimeoutMs: number,
  subgraphOf: (url: string) => string | undefined,
): { handler: RequestListener; dispose(): Promise<void> } {
  const gateway = createGatewayRuntime({
    // The same subgraphs and plans, with fewer directives for the gateway to read per enum
    // value it answers (withoutRedundantEnumValueJoins says why).
    supergraph: withoutRedundantEnumValueJoins(supergraph),
    unifiedGraphHandler,
    // Depth, aliases, tokens and directives are refused before planning (GraphQL Armor),
    // and so is a query whose lists inside lists would make too many values.
    plugins: () => [
      EnvelopArmorPlugin(armorConfig(limits)),
      useValidationRule(queryCostRule({ maxCost: limits.maxCost })),
      useValidationRule(boundedIntLiterals),
      useShortErrorMessages(),
      {
        // Every subgraph request carries an HMAC of its body (the subgraphs answer nothing
        // else), and a subgraph that refuses connections or does not answer in time gives an
        // answer naming it, as on the Apollo engine (signedGuardedFetch).
        onFetch({ url, fetchFn, setFetchFn, options, setOptions, context }) {
          const subgraph = subgraphOf(url);
          if (subgraph) {
            setFetchFn(signedGuardedFetch(fetchFn, subgraph, subgraphSecret, upstreamTimeoutMs));
          }
          // The request id goes on the fetch itself, which runs after merging: as a
          // propagated header it made every subgraph request unique, so none ever merged.
          // A merged fetch carries the id of the request that started it.
          const requestId = (context as { request?: Request } | undefined)?.request?.headers.get(
            REQUEST_ID_HEADER,
          );
          if (requestId) {
            const headers = new Headers(options.headers as HeadersInit | undefined);
            headers.set(REQUEST_ID_HEADER, requestId);
            setOptions({ ...options, headers: Object.fromEntries(headers) });
          }
        },
      },
    ],
    transports: { http: jsonVariablesHttp },
    ...(mergeRequests
      ? {}
      : { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } }),
    propagateHeaders: {
      fromClientToSubgraphs({ request }) {
        // The caller's token: requests of one caller merge, of different callers never.
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
    graphqlEndpoint: '/graphql',
    renderGraphiQL,
    graphiql: { title: 'union-graph', defaultQuery: WALK },
    landingPage: false,
    logging: 'error',
  });
  return {
    handler: gateway as unknown as RequestListener,
    async dispose() {
      await gateway.dispose();
    },
  };
}

import { type RequestListener } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createHttpApp,
  finishHttpApp,
  REQUEST_ID_HEADER,
  shortErrorMessage,
} from '@union/subgraph-kit';
import { mergeInflight } from './merging-fetcher';
import { signedGuardedFetch } from './signed-subgraph-fetch';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { armorConfig, type QueryLimits } from './limits';
import { queryCostRule } from './query-cost';
import { boundedIntLiterals } from './int-literal-rule';

/** What the gateway keeps of a client request: its token, forwarded to the subgraphs. */
interface GatewayContext {
  authorization: string | undefined;
  /** The id the gateway logs the request under; the subgraphs log under it too. */
  requestId: string | undefined;
}

/**
 * Apollo Gateway on Apollo Server, serving the same supergraph as the Hive engine. Apollo
 * Gateway has no merging of identical in-flight subgraph requests; `mergeRequests` adds it
 * at each subgraph's fetcher (off by default, as Apollo ships).
 */
export async function createApolloGatewayServer(
  supergraph: string,
  mergeRequests: boolean,
  limits: QueryLimits,
  subgraphSecret: string,
  upstreamTimeoutMs: number,
): Promise<{ handler: RequestListener; dispose(): Promise<void> }> {
  // Apollo Server answers an error thrown by a plugin while parsing with HTTP 500, so the
  // token limit is graphql-js's own parse option here (a parse failure is a 400), and
  // GraphQL Armor checks the rest as validation rules.
  const armor = new ApolloArmor({
    ...armorConfig(limits),
    maxTokens: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway: new ApolloGateway({
      supergraphSdl: supergraph,
      buildService: ({ name, url }) => {
        const source = new RemoteGraphQLDataSource<GatewayContext>({
          url,
          // The caller's token goes on to the subgraphs, which verify it themselves.
          willSendRequest({ request, context }) {
            if (context.authorization)
              request.http?.headers.set('authorization', context.authorization);
            if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
          },
        });
        if (mergeRequests) source.fetcher = mergeInflight(source.fetcher);
        // Each request is signed as the Hive engine signs it (an HMAC of its body), so the
        // subgraphs verify both engines one way, and guarded as there.
        source.fetcher = signedGuardedFetch(
          source.fetcher,
          name,
          subgraphSecret,
          upstreamTimeoutMs,
        );
        return source;
      },
    }),
    // The same limits as the Hive engine, checked as validation rules before planning.
    ...armor,
    validationRules: [
      ...armor.validationRules,
      queryCostRule({ maxCost: limits.maxCost }),
      boundedIntLiterals,
    ],
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ...armor.plugins,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => ({ ...formatted, message: shortErrorMessage(formatted.message) }),
  });
  await apollo.start();
  const app = createHttpApp();
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        authorization: req.headers.authorization,
        requestId: req.get(REQUEST_ID_HEADER),
      }),
    }),
  );
  finishHttpApp(app, 'GraphQL is served on /graphql');
  return { handler: app, dispose: () => apollo.stop() };
}

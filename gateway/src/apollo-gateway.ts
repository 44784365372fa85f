import { type RequestListener } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createHttpApp, finishHttpApp } from '@union/subgraph-kit';
import { mergeInflight } from './merging-fetcher';

/** What the gateway keeps of a client request: its token, forwarded to the subgraphs. */
interface GatewayContext {
  authorization: string | undefined;
}

/**
 * Apollo Gateway on Apollo Server, serving the same supergraph as the Hive engine. Apollo
 * Gateway has no merging of identical in-flight subgraph requests; `mergeRequests` adds it
 * at each subgraph's fetcher (off by default, as Apollo ships).
 */
export async function createApolloGatewayServer(
  supergraph: string,
  mergeRequests: boolean,
): Promise<{ handler: RequestListener; dispose(): Promise<void> }> {
  const apollo = new ApolloServer<GatewayContext>({
    gateway: new ApolloGateway({
      supergraphSdl: supergraph,
      buildService: ({ url }) => {
        const source = new RemoteGraphQLDataSource<GatewayContext>({
          url,
          // The caller's token goes on to the subgraphs, which verify it themselves.
          willSendRequest({ request, context }) {
            if (context.authorization)
              request.http?.headers.set('authorization', context.authorization);
          },
        });
        if (mergeRequests) source.fetcher = mergeInflight(source.fetcher);
        return source;
      },
    }),
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const app = createHttpApp();
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ authorization: req.headers.authorization }),
    }),
  );
  finishHttpApp(app, 'GraphQL is served on /graphql');
  return { handler: app, dispose: () => apollo.stop() };
}

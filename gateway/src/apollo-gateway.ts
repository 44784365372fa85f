import { createServer, type Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createHttpApp, finishHttpApp } from '@union/subgraph-kit';
import { mergeInflight } from './merging-fetcher';

/**
 * Apollo Gateway on Apollo Server, serving the same supergraph as the Hive engine. Apollo
 * Gateway has no merging of identical in-flight subgraph requests; `mergeRequests` adds it
 * at each subgraph's fetcher (off by default, as Apollo ships).
 */
export async function createApolloGatewayServer(
  supergraph: string,
  mergeRequests: boolean,
): Promise<{ server: Server; dispose(): Promise<void> }> {
  const apollo = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: supergraph,
      buildService: ({ url }) => {
        const source = new RemoteGraphQLDataSource({ url });
        if (mergeRequests) source.fetcher = mergeInflight(source.fetcher);
        return source;
      },
    }),
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const app = createHttpApp();
  app.use('/graphql', expressMiddleware(apollo, { context: async () => ({}) }));
  finishHttpApp(app, 'GraphQL is served on /graphql');
  const server = createServer(app);
  return { server, dispose: () => apollo.stop() };
}

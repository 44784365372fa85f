import { createServer, type Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { failRequest, readJsonBody, respondWithApollo, sendJson } from '@union/common';

/** Apollo Gateway on Apollo Server, serving the same supergraph as the Hive engine. */
export async function createApolloGatewayServer(
  supergraph: string,
): Promise<{ server: Server; dispose(): Promise<void> }> {
  const apollo = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: supergraph }),
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      sendJson(response, 404, { error: 'GraphQL is served on /graphql' });
      return;
    }
    readJsonBody(request)
      .then((body) => respondWithApollo(apollo, request, response, body, async () => ({})))
      .catch((error: unknown) => failRequest(response, error));
  });
  return { server, dispose: () => apollo.stop() };
}

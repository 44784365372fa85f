import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { mergeInflight } from './merging-fetcher';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * gateway/src/apollo-gateway.ts with one switch: `merge: true` gives each subgraph data
 * source a fetcher that merges identical in-flight requests, which Apollo Gateway lacks.
 */
export async function createApolloServer(
  supergraph: string,
  merge: boolean,
): Promise<{ server: Server; dispose(): Promise<void> }> {
  const apollo = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: supergraph,
      buildService: ({ url }) => {
        const source = new RemoteGraphQLDataSource({ url });
        if (merge) source.fetcher = mergeInflight(source.fetcher);
        return source;
      },
    }),
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const server = createServer((request, response) => {
    (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const text = request.method === 'POST' ? await readBody(request) : '';
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method ?? 'GET',
          headers,
          search: url.search,
          body: text === '' ? undefined : JSON.parse(text),
        },
        context: async () => ({}),
      });
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    })().catch((error: unknown) => {
      response.statusCode = 500;
      response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    });
  });
  return { server, dispose: () => apollo.stop() };
}

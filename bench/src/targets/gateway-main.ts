import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT, runUntilSignal } from '@union/common';
import { createGateway } from '@union/gateway';
import { loadSupergraph } from '../../../gateway/src/supergraph';
import { createApolloServer } from './apollo-gateway';
import { type GatewayConfig, MERGES_BY_DEFAULT } from './child-configs';
import { createHiveServer } from './hive-gateway';
import { readChildConfig } from './server-process';

const SUPERGRAPH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

async function listen(built: { server: Server; dispose(): Promise<void> }) {
  built.server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    built.server.once('error', reject);
    built.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = built.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => {
        built.server.close(() => resolve());
        built.server.closeAllConnections();
      });
      await built.dispose();
    },
  };
}

const config = readChildConfig<GatewayConfig>();
const label = `gateway ${config.engine} merge=${config.merge}`;

// The engine's default configuration is the shipped gateway itself; only the other
// setting is built here, from the same building blocks.
await runUntilSignal(async () => {
  if (config.merge === MERGES_BY_DEFAULT[config.engine]) {
    return createGateway({
      engine: config.engine,
      port: 0,
      host: '127.0.0.1',
      supergraphPath: SUPERGRAPH,
      subgraphUrls: config.subgraphUrls,
    });
  }
  const supergraph = loadSupergraph(SUPERGRAPH, config.subgraphUrls);
  return listen(
    config.engine === 'hive'
      ? createHiveServer(supergraph, config.merge)
      : await createApolloServer(supergraph, config.merge),
  );
}, label);

import { type AddressInfo } from 'node:net';
import { type GatewayEngine, publicHost, type ServiceName } from '@union/common';
import { createApolloGatewayServer } from './apollo-gateway';
import { createHiveGatewayServer } from './hive-gateway';
import { loadSupergraph } from './supergraph';

export interface GatewayOptions {
  engine: GatewayEngine;
  port: number;
  host?: string;
  supergraphPath: string;
  subgraphUrls: Record<ServiceName, string>;
}

export interface RunningGateway {
  engine: GatewayEngine;
  url: string;
  stop(): Promise<void>;
}

/** Starts the gateway on the chosen engine; no side effects until called. */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const supergraph = loadSupergraph(options.supergraphPath, options.subgraphUrls);
  const { server, dispose } =
    options.engine === 'apollo'
      ? await createApolloGatewayServer(supergraph)
      : createHiveGatewayServer(supergraph);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    engine: options.engine,
    url: `http://${publicHost(options.host)}:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await dispose();
    },
  };
}

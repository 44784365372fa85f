import { close, type GatewayEngine, listen, type ServiceName } from '@union/common';
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
  const url = await listen(server, options.port, options.host);
  return {
    engine: options.engine,
    url,
    async stop() {
      await close(server);
      await dispose();
    },
  };
}

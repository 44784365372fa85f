import path from 'node:path';
import { REPO_ROOT, runUntilSignal } from '@union/subgraph-kit';
import { createGateway } from '@union/gateway';
import { type GatewayConfig } from './child-configs';
import { readChildConfig } from './server-process';
import { benchGatewayTrust } from './bench-gateway-secret';

const SUPERGRAPH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

const config = readChildConfig<GatewayConfig>();

// The shipped gateway, with identical-request merging set as the target asks.
await runUntilSignal(
  () =>
    createGateway({
      engine: config.engine,
      port: 0,
      host: '127.0.0.1',
      supergraphPath: SUPERGRAPH,
      subgraphUrls: config.subgraphUrls,
      mergeRequests: config.merge,
      gatewayTrust: benchGatewayTrust(),
    }),
  `gateway ${config.engine} merge=${config.merge}`,
);

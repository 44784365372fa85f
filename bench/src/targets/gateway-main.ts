import path from 'node:path';
import { REPO_ROOT, runUntilSignal } from '@union/subgraph-kit';
import { createGateway } from '@union/gateway';
import { type GatewayConfig } from './child-configs';
import { readChildConfig } from './server-process';
import { benchGatewayTrust } from './bench-gateway-secret';

const SUPERGRAPH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

const config = readChildConfig<GatewayConfig>();

// The bench is one caller sending as fast as the gateway answers; the shipped limit (100 a
// second) would refuse the search workload's requests and time the refusals. The limiter
// stays in the path, so its cost is measured, but it never refuses.
const UNREACHABLE_RATE_LIMIT = { burst: 1_000_000, perSecond: 1_000_000 };

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
      rateLimit: UNREACHABLE_RATE_LIMIT,
    }),
  `gateway ${config.engine} merge=${config.merge}`,
);

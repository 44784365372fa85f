import 'reflect-metadata';
import { bootstrapSubgraph, runUntilSignal } from '@union/subgraph-kit';
import { DEFINITIONS, withoutSeeding } from '../services';
import { type SubgraphConfig } from './child-configs';
import { readChildConfig } from './server-process';
import { benchGatewayTrust } from './bench-gateway-secret';

const config = readChildConfig<SubgraphConfig>();
await runUntilSignal(
  () =>
    bootstrapSubgraph(withoutSeeding(DEFINITIONS[config.service]), {
      port: 0,
      host: '127.0.0.1',
      gatewayTrust: benchGatewayTrust(),
      ...config.store,
    }),
  `${config.service} subgraph`,
);

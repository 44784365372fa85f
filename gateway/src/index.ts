import { readGatewayEnv, runUntilSignal } from '@union/subgraph-kit';
import { createGateway } from './server';

const env = readGatewayEnv();
await runUntilSignal(() => createGateway(env), `gateway (${env.engine})`);

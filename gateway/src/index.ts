import { readGatewayEnv, runUntilSignal } from '@union/common';
import { createGateway } from './server';

const env = readGatewayEnv();
await runUntilSignal(() => createGateway(env), `gateway (${env.engine})`);

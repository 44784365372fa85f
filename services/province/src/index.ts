import { readServiceEnv, runUntilSignal } from '@union/subgraph-kit';
import { createServer } from './server';

const env = readServiceEnv('province');
await runUntilSignal(() => createServer(env), 'province subgraph');

import { readServiceEnv, runUntilSignal } from '@union/subgraph-kit';
import { createServer } from './server';

const env = readServiceEnv('city');
await runUntilSignal(() => createServer(env), 'city subgraph');

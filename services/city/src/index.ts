import { readServiceEnv, runUntilSignal } from '@union/common';
import { createServer } from './server';

const env = readServiceEnv('city');
await runUntilSignal(() => createServer(env), 'city subgraph');

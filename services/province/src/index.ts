import { readServiceEnv, runUntilSignal } from '@union/common';
import { createServer } from './server';

const env = readServiceEnv('province');
await runUntilSignal(() => createServer(env), 'province subgraph');

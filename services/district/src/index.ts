import { readServiceEnv, runUntilSignal } from '@union/subgraph-kit';
import { createServer } from './server';

const env = readServiceEnv('district');
await runUntilSignal(() => createServer(env), 'district subgraph');

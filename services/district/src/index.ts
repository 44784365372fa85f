import { readServiceEnv, runUntilSignal } from '@union/common';
import { createServer } from './server';

const env = readServiceEnv('district');
await runUntilSignal(() => createServer(env), 'district subgraph');

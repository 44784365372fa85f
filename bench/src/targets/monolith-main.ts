import 'reflect-metadata';
import { runUntilSignal } from '@union/subgraph-kit';
import { type MonolithConfig } from './child-configs';
import { startMonolith } from './monolith/start-monolith';
import { readChildConfig } from './server-process';

const config = readChildConfig<MonolithConfig>();

await runUntilSignal(() => startMonolith(config), 'monolith');

import 'reflect-metadata';
import { subgraphEntryPoints } from '@union/subgraph-kit';
import { citySubgraph } from './definition';

export { buildCitySchema } from './schema';

/** createServer starts the city subgraph; seedDatabase migrates and seeds it (npm run seed). */
export const { createServer, seedDatabase } = subgraphEntryPoints(citySubgraph);

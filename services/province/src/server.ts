import 'reflect-metadata';
import { subgraphEntryPoints } from '@union/subgraph-kit';
import { provinceSubgraph } from './definition';

export { buildProvinceSchema } from './schema';

/** createServer starts the province subgraph; seedDatabase migrates and seeds it (npm run seed). */
export const { createServer, seedDatabase } = subgraphEntryPoints(provinceSubgraph);

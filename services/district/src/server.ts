import 'reflect-metadata';
import { subgraphEntryPoints } from '@union/subgraph-kit';
import { districtSubgraph } from './definition';

export { buildDistrictSchema } from './schema';

/** createServer starts the district subgraph; seedDatabase migrates and seeds it (npm run seed). */
export const { createServer, seedDatabase } = subgraphEntryPoints(districtSubgraph);

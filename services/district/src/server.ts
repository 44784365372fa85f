import 'reflect-metadata';
import {
  bootstrapSubgraph,
  seedSubgraph,
  type SubgraphRuntimeOptions,
  type SubgraphServer,
} from '@union/common';
import { districtSubgraph } from './definition';

export { buildDistrictSchema } from './schema';

export function createServer(options: SubgraphRuntimeOptions): Promise<SubgraphServer> {
  return bootstrapSubgraph(districtSubgraph, options);
}

/** Migrates and seeds the database without serving (npm run seed). */
export function seedDatabase(options: SubgraphRuntimeOptions): Promise<void> {
  return seedSubgraph(districtSubgraph, options);
}

import 'reflect-metadata';
import {
  bootstrapSubgraph,
  seedSubgraph,
  type SubgraphRuntimeOptions,
  type SubgraphServer,
} from '@union/common';
import { citySubgraph } from './definition';

export { buildCitySchema } from './schema';

export function createServer(options: SubgraphRuntimeOptions): Promise<SubgraphServer> {
  return bootstrapSubgraph(citySubgraph, options);
}

/** Migrates and seeds the database without serving (npm run seed). */
export function seedDatabase(options: SubgraphRuntimeOptions): Promise<void> {
  return seedSubgraph(citySubgraph, options);
}

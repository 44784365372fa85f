import 'reflect-metadata';
import {
  bootstrapSubgraph,
  seedSubgraph,
  type SubgraphRuntimeOptions,
  type SubgraphServer,
} from '@union/common';
import { provinceSubgraph } from './definition';

export { buildProvinceSchema } from './schema';

export function createServer(options: SubgraphRuntimeOptions): Promise<SubgraphServer> {
  return bootstrapSubgraph(provinceSubgraph, options);
}

/** Migrates and seeds the database without serving (npm run seed). */
export function seedDatabase(options: SubgraphRuntimeOptions): Promise<void> {
  return seedSubgraph(provinceSubgraph, options);
}

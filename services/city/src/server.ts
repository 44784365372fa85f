import 'reflect-metadata';
import {
  bootstrapSubgraph,
  DivisionUnit,
  type SubgraphRuntimeOptions,
  type SubgraphServer,
} from '@union/common';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildCitySchema, entities } from './schema';
import { seedCityService } from './seed';

export { buildCitySchema } from './schema';

/** The city subgraph: prefecture-level cities and their figures, on its own database. */
export function createServer(options: SubgraphRuntimeOptions): Promise<SubgraphServer> {
  return bootstrapSubgraph(
    {
      service: 'city',
      entities: [DivisionUnit, ...entities],
      migrations,
      buildSchema: buildCitySchema,
      createLoaders,
      seed: seedCityService,
    },
    options,
  );
}

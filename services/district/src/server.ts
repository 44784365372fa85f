import 'reflect-metadata';
import {
  bootstrapSubgraph,
  DivisionUnit,
  type SubgraphRuntimeOptions,
  type SubgraphServer,
} from '@union/common';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildDistrictSchema, entities } from './schema';
import { seedDistrictService } from './seed';

export { buildDistrictSchema } from './schema';

/** The district subgraph: county-level units and their figures, on its own database. */
export function createServer(options: SubgraphRuntimeOptions): Promise<SubgraphServer> {
  return bootstrapSubgraph(
    {
      service: 'district',
      entities: [DivisionUnit, ...entities],
      migrations,
      buildSchema: buildDistrictSchema,
      createLoaders,
      seed: seedDistrictService,
    },
    options,
  );
}

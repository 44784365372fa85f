import 'reflect-metadata';
import {
  bootstrapSubgraph,
  DivisionUnit,
  type SubgraphRuntimeOptions,
  type SubgraphServer,
} from '@union/common';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildProvinceSchema, entities } from './schema';
import { seedProvinceService } from './seed';

export { buildProvinceSchema } from './schema';

/** The province subgraph: provinces and their figures, on its own database. */
export function createServer(options: SubgraphRuntimeOptions): Promise<SubgraphServer> {
  return bootstrapSubgraph(
    {
      service: 'province',
      entities: [DivisionUnit, ...entities],
      migrations,
      buildSchema: buildProvinceSchema,
      createLoaders,
      seed: seedProvinceService,
    },
    options,
  );
}

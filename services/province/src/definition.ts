import { DivisionUnit, FigureRow, type SubgraphDefinition } from '@union/subgraph-kit';
import { createLoaders, type ProvinceLoaders } from './loaders';
import { migrations } from './migrations';
import { buildProvinceSchema, entities } from './schema';
import { seedProvinceService } from './seed';

/** The province subgraph: provinces and their figures, on its own database. */
export const provinceSubgraph: SubgraphDefinition<ProvinceLoaders, void> = {
  service: 'province',
  entities: [DivisionUnit, FigureRow, ...entities],
  migrations,
  buildSchema: buildProvinceSchema,
  prepare: async () => undefined,
  createLoaders: (em) => createLoaders(em),
  seed: seedProvinceService,
};

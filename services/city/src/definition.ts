import { DivisionUnit, FigureRow, type SubgraphDefinition } from '@union/subgraph-kit';
import { type CityLoaders, type CityShared, createLoaders, prepareCityShared } from './loaders';
import { migrations } from './migrations';
import { buildCitySchema, entities } from './schema';
import { seedCityService } from './seed';

/** The city subgraph: prefecture-level units, their figures, and provinces' city rollups. */
export const citySubgraph: SubgraphDefinition<CityLoaders, CityShared> = {
  service: 'city',
  entities: [DivisionUnit, FigureRow, ...entities],
  migrations,
  buildSchema: buildCitySchema,
  prepare: prepareCityShared,
  createLoaders,
  seed: seedCityService,
};

import { DivisionUnit, FigureRow, type SubgraphDefinition } from '@union/subgraph-kit';
import {
  createLoaders,
  type DistrictLoaders,
  type DistrictShared,
  prepareDistrictShared,
} from './loaders';
import { migrations } from './migrations';
import { buildDistrictSchema, entities } from './schema';
import { seedDistrictService } from './seed';

/** The district subgraph: county-level units, their figures, and the rollups over them. */
export const districtSubgraph: SubgraphDefinition<DistrictLoaders, DistrictShared> = {
  service: 'district',
  entities: [DivisionUnit, FigureRow, ...entities],
  migrations,
  buildSchema: buildDistrictSchema,
  prepare: prepareDistrictShared,
  createLoaders,
  seed: seedDistrictService,
};

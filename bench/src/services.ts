import { type EntityName } from '@mikro-orm/core';
import { type DivisionUnit, type ServiceName, type SubgraphDefinition } from '@union/subgraph-kit';
import { citySubgraph } from '../../services/city/src/definition';
import { City } from '../../services/city/src/city/city.entity';
import { districtSubgraph } from '../../services/district/src/definition';
import { District } from '../../services/district/src/district/district.entity';
import { provinceSubgraph } from '../../services/province/src/definition';
import { Province } from '../../services/province/src/province/province.entity';

/**
 * The three level services as the bench drives them: their own entities, migrations,
 * schemas and loaders, so every target runs the code that ships.
 */
export const DEFINITIONS: Record<ServiceName, SubgraphDefinition<unknown, unknown>> = {
  province: provinceSubgraph as SubgraphDefinition<unknown, unknown>,
  city: citySubgraph as SubgraphDefinition<unknown, unknown>,
  district: districtSubgraph as SubgraphDefinition<unknown, unknown>,
};

export const UNIT_ENTITIES: Record<ServiceName, EntityName<DivisionUnit>> = {
  province: Province,
  city: City,
  district: District,
};

export const FIGURE_TABLES: Record<ServiceName, string> = {
  province: 'province_figures',
  city: 'city_figures',
  district: 'district_figures',
};

/**
 * A service that serves the synthetic dataset as it is: the shipped `seed` would upsert the
 * seed reports' figures into it, so the bench's processes leave it out.
 */
export function withoutSeeding<L, S>(
  definition: SubgraphDefinition<L, S>,
): SubgraphDefinition<L, S> {
  return { ...definition, seed: async () => undefined };
}

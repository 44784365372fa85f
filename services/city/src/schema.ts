import { buildFederatedSchema } from '@union/common';
import { type GraphQLSchema } from 'graphql';
import { City } from './city/city.entity';
import { resolveCityReference } from './city/city.reference';
import { CityResolver } from './city/city.resolver';
import { ProvinceCitiesResolver } from './province/province-cities.resolver';
import { Province } from './province/province.entity';

export const entities = [City];

export function buildCitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [CityResolver, ProvinceCitiesResolver], orphanedTypes: [City, Province] },
    { City: { __resolveReference: resolveCityReference } },
  );
}

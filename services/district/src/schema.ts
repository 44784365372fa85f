import { buildFederatedSchema } from '@union/common';
import { type GraphQLSchema } from 'graphql';
import { CityDistrictsResolver } from './city/city-districts.resolver';
import { City } from './city/city.entity';
import { District } from './district/district.entity';
import { resolveDistrictReference } from './district/district.reference';
import { DistrictResolver } from './district/district.resolver';
import { ProvinceDistrictsResolver } from './province/province-districts.resolver';
import { Province } from './province/province.entity';

export const entities = [District];

export function buildDistrictSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [DistrictResolver, ProvinceDistrictsResolver, CityDistrictsResolver],
      orphanedTypes: [District, Province, City],
    },
    { District: { __resolveReference: resolveDistrictReference } },
  );
}

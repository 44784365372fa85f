import { buildFederatedSchema } from '@union/common';
import { type GraphQLSchema } from 'graphql';
import { Province } from './province/province.entity';
import { resolveProvinceReference } from './province/province.reference';
import { ProvinceResolver } from './province/province.resolver';

export const entities = [Province];

export function buildProvinceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [ProvinceResolver], orphanedTypes: [Province] },
    { Province: { __resolveReference: resolveProvinceReference } },
  );
}

import { type GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { requestedFigureCells } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { District } from '../district/district.entity';
import { Province } from './province.entity';

@Resolver(() => Province)
export class ProvinceDistrictsResolver {
  @FieldResolver(() => [District], {
    description: 'Every county-level unit in the province, under a city or not, in code order.',
  })
  districts(
    @Root() province: Province,
    @Ctx() { loaders }: DistrictContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District[]> {
    return loaders.districtsByProvinceCode.load({
      group: province.code,
      cells: requestedFigureCells(info),
    });
  }
}

import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { AsOfArgs, childrenAsOf } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { District } from '../district/district.entity';
import { Province } from './province.entity';

@Resolver(() => Province)
export class ProvinceDistrictsResolver {
  @FieldResolver(() => [District], {
    description:
      "Every county-level unit in the province, under a city or not, in code order: today's, " +
      "or those of asOf's year.",
  })
  districts(
    @Root() province: Province,
    @Args(() => AsOfArgs) args: AsOfArgs,
    @Ctx() { loaders }: DistrictContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District[]> {
    return childrenAsOf(loaders.districtsByProvinceCode, province.code, args.asOf, info);
  }
}

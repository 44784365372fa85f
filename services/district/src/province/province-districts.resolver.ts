import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { AsOfArgs, namedAsOf, readAsOf, requestedFigureCells } from '@union/subgraph-kit';
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
  async districts(
    @Root() province: Province,
    @Args(() => AsOfArgs) args: AsOfArgs,
    @Ctx() { loaders }: DistrictContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District[]> {
    const year = readAsOf(args.asOf);
    const districts = await loaders.districtsByProvinceCode.load({
      group: province.code,
      cells: requestedFigureCells(info),
      year,
    });
    return namedAsOf(districts, year);
  }
}

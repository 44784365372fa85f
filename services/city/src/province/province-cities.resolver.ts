import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { AsOfArgs, childrenAsOf, DirectField } from '@union/subgraph-kit';
import { City } from '../city/city.entity';
import { type CityContext } from '../context';
import { Province } from './province.entity';

@Resolver(() => Province)
export class ProvinceCitiesResolver {
  @FieldResolver(() => [City], {
    description:
      "Prefecture-level units in code order, today's or those of asOf's year; empty for the " +
      'four municipalities.',
  })
  @DirectField()
  cities(
    @Root() province: Province,
    @Args(() => AsOfArgs) args: AsOfArgs,
    @Ctx() { loaders }: CityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<City[]> {
    return childrenAsOf(loaders.citiesByProvinceCode, province.code, args.asOf, info);
  }
}

import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { AsOfArgs, childrenAsOf, DirectField } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { District } from '../district/district.entity';
import { City } from './city.entity';

@Resolver(() => City)
export class CityDistrictsResolver {
  @FieldResolver(() => [District], {
    description: "County-level units in code order: today's, or those of asOf's year.",
  })
  @DirectField()
  districts(
    @Root() city: City,
    @Args(() => AsOfArgs) args: AsOfArgs,
    @Ctx() { loaders }: DistrictContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District[]> {
    return childrenAsOf(loaders.districtsByCityCode, city.code, args.asOf, info);
  }
}

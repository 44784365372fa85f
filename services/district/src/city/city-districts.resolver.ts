import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import {
  AsOfArgs,
  DirectField,
  namedAsOf,
  readAsOf,
  requestedFigureCells,
} from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { District } from '../district/district.entity';
import { City } from './city.entity';

@Resolver(() => City)
export class CityDistrictsResolver {
  @FieldResolver(() => [District], {
    description: "County-level units in code order: today's, or those of asOf's year.",
  })
  @DirectField()
  async districts(
    @Root() city: City,
    @Args(() => AsOfArgs) args: AsOfArgs,
    @Ctx() { loaders }: DistrictContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District[]> {
    const year = readAsOf(args.asOf);
    const districts = await loaders.districtsByCityCode.load({
      group: city.code,
      cells: requestedFigureCells(info),
      year,
    });
    return namedAsOf(districts, year);
  }
}

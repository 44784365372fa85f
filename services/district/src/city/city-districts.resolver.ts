import { type GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { requestedFigureCells } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { District } from '../district/district.entity';
import { City } from './city.entity';

@Resolver(() => City)
export class CityDistrictsResolver {
  @FieldResolver(() => [District], { description: 'County-level units in code order.' })
  districts(
    @Root() city: City,
    @Ctx() { loaders }: DistrictContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District[]> {
    return loaders.districtsByCityCode.load({
      group: city.code,
      cells: requestedFigureCells(info),
    });
  }
}

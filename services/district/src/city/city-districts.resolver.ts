import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type DistrictContext } from '../context';
import { District } from '../district/district.entity';
import { City } from './city.entity';

@Resolver(() => City)
export class CityDistrictsResolver {
  @FieldResolver(() => [District], { description: 'County-level units in code order.' })
  districts(@Root() city: City, @Ctx() { loaders }: DistrictContext): Promise<District[]> {
    return loaders.districtsByCityCode.load(city.code);
  }
}

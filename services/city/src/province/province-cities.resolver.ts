import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { City } from '../city/city.entity';
import { type CityContext } from '../context';
import { Province } from './province.entity';

@Resolver(() => Province)
export class ProvinceCitiesResolver {
  @FieldResolver(() => [City], {
    description: 'Prefecture-level units in code order; empty for the four municipalities.',
  })
  cities(@Root() province: Province, @Ctx() { loaders }: CityContext): Promise<City[]> {
    return loaders.citiesByProvinceCode.load(province.code);
  }
}

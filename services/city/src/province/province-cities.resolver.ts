import { type GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { requestedFigureCells } from '@union/subgraph-kit';
import { City } from '../city/city.entity';
import { type CityContext } from '../context';
import { Province } from './province.entity';

@Resolver(() => Province)
export class ProvinceCitiesResolver {
  @FieldResolver(() => [City], {
    description: 'Prefecture-level units in code order; empty for the four municipalities.',
  })
  cities(
    @Root() province: Province,
    @Ctx() { loaders }: CityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<City[]> {
    return loaders.citiesByProvinceCode.load({
      group: province.code,
      cells: requestedFigureCells(info),
    });
  }
}

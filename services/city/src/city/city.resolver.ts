import { type FilterQuery } from '@mikro-orm/core';
import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import {
  assertDivisionCode,
  assertOptionalDivisionCode,
  findUnitsWithFigures,
  namedAsOf,
  normalizeSearch,
  readUnitScope,
  requestedFigures,
  searchCondition,
  unitsInTree,
} from '@union/subgraph-kit';
import { type CityContext } from '../context';
import { Province } from '../province/province.entity';
import { City } from './city.entity';
import { CitiesArgs, CityArgs } from './city.input';

@Resolver(() => City)
export class CityResolver {
  @Query(() => [City], {
    description: "Prefecture-level units in code order: today's, or those of asOf's year.",
  })
  async cities(
    @Args(() => CitiesArgs) args: CitiesArgs,
    @Ctx() { em, loaders }: CityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<City[]> {
    const scope = readUnitScope(args);
    const where: FilterQuery<City>[] = [unitsInTree<City>('CITY', scope)];
    const province = assertOptionalDivisionCode('provinceCode', args.provinceCode);
    if (province) where.push({ provinceCode: province });
    const text = normalizeSearch(args.search);
    if (text) where.push(searchCondition(text));
    const cities = await findUnitsWithFigures(
      em,
      loaders.citiesWithFigures,
      { $and: where },
      {},
      requestedFigures(info),
    );
    return namedAsOf(cities, scope.year);
  }

  @Query(() => City, {
    nullable: true,
    description: 'Null when no city has the code; a retired code resolves (莱芜市 371200).',
  })
  city(
    @Args(() => CityArgs) { code }: CityArgs,
    @Ctx() { loaders }: CityContext,
  ): Promise<City | null> {
    return loaders.cityByCode.load(assertDivisionCode('code', code));
  }

  @FieldResolver(() => Province)
  province(@Root() city: City): Province {
    return { code: city.provinceCode };
  }
}

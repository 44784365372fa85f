import { type FilterQuery } from '@mikro-orm/core';
import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import {
  assertDivisionCode,
  assertOptionalDivisionCode,
  findUnitsWithFigures,
  normalizeSearch,
  requestedFigureCells,
  searchCondition,
} from '@union/subgraph-kit';
import { type CityContext } from '../context';
import { Province } from '../province/province.entity';
import { City } from './city.entity';
import { CitiesArgs, CityArgs } from './city.input';

@Resolver(() => City)
export class CityResolver {
  @Query(() => [City], { description: 'Prefecture-level units in code order.' })
  cities(
    @Args(() => CitiesArgs) { search, provinceCode }: CitiesArgs,
    @Ctx() { em, loaders }: CityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<City[]> {
    const where: FilterQuery<City>[] = [];
    const province = assertOptionalDivisionCode('provinceCode', provinceCode);
    if (province) where.push({ provinceCode: province });
    const text = normalizeSearch(search);
    if (text) where.push(searchCondition(text));
    return findUnitsWithFigures(
      em,
      loaders.citiesWithFigures,
      { $and: where },
      {},
      requestedFigureCells(info),
    );
  }

  @Query(() => City, { nullable: true, description: 'Null when no city has the code.' })
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

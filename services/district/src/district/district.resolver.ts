import { type FilterQuery } from '@mikro-orm/core';
import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import {
  assertDivisionCode,
  assertOptionalDivisionCode,
  findUnitsWithFigures,
  namedAsOf,
  normalizeSearch,
  readPage,
  readUnitScope,
  requestedFigures,
  searchCondition,
  unitsInTree,
} from '@union/subgraph-kit';
import { City } from '../city/city.entity';
import { type DistrictContext } from '../context';
import { Province } from '../province/province.entity';
import { District } from './district.entity';
import { DistrictArgs, DistrictsArgs } from './district.input';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], {
    description: "County-level units in code order, paged: today's, or those of asOf's year.",
  })
  async districts(
    @Args(() => DistrictsArgs) args: DistrictsArgs,
    @Ctx() { em, loaders }: DistrictContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District[]> {
    const scope = readUnitScope(args);
    const where: FilterQuery<District>[] = [unitsInTree<District>('DISTRICT', scope)];
    const city = assertOptionalDivisionCode('cityCode', args.cityCode);
    if (city) where.push({ cityCode: city });
    const province = assertOptionalDivisionCode('provinceCode', args.provinceCode);
    if (province) where.push({ provinceCode: province });
    const text = normalizeSearch(args.search);
    if (text) where.push(searchCondition(text));
    const page = readPage(args.first, args.offset);
    const districts = await findUnitsWithFigures(
      em,
      loaders.districtsWithFigures,
      { $and: where },
      { limit: page.limit, offset: page.offset },
      requestedFigures(info),
    );
    return namedAsOf(districts, scope.year);
  }

  @Query(() => District, {
    nullable: true,
    description: 'Null when no district has the code; a retired code resolves (双流县 510122).',
  })
  district(
    @Args(() => DistrictArgs) { code }: DistrictArgs,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<District | null> {
    return loaders.districtByCode.load(assertDivisionCode('code', code));
  }

  @FieldResolver(() => Province)
  province(@Root() district: District): Province {
    return { code: district.provinceCode };
  }

  @FieldResolver(() => City, {
    nullable: true,
    description: 'Null where the unit hangs directly under its province (e.g. 济源市 419001).',
  })
  city(@Root() district: District): City | null {
    return district.cityCode === null ? null : { code: district.cityCode };
  }
}

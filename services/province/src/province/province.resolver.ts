import { type FilterQuery } from '@mikro-orm/core';
import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import {
  assertDivisionCode,
  findUnitsWithFigures,
  namedAsOf,
  normalizeSearch,
  readUnitScope,
  requestedFigures,
  searchCondition,
  unitsInTree,
} from '@union/subgraph-kit';
import { type ProvinceContext } from '../context';
import { Province } from './province.entity';
import { ProvinceArgs, ProvincesArgs } from './province.input';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], {
    description: "Province-level units in code order: today's, or those of asOf's year.",
  })
  async provinces(
    @Args(() => ProvincesArgs) args: ProvincesArgs,
    @Ctx() { em, loaders }: ProvinceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Province[]> {
    const scope = readUnitScope(args);
    const where: FilterQuery<Province>[] = [unitsInTree<Province>('PROVINCE', scope)];
    const text = normalizeSearch(args.search);
    if (text) where.push(searchCondition(text));
    const provinces = await findUnitsWithFigures(
      em,
      loaders.provincesWithFigures,
      { $and: where },
      {},
      requestedFigures(info),
    );
    return namedAsOf(provinces, scope.year);
  }

  @Query(() => Province, { nullable: true, description: 'Null when no province has the code.' })
  province(
    @Args(() => ProvinceArgs) { code }: ProvinceArgs,
    @Ctx() { loaders }: ProvinceContext,
  ): Promise<Province | null> {
    return loaders.provinceByCode.load(assertDivisionCode('code', code));
  }
}

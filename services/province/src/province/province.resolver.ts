import { type GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import {
  assertDivisionCode,
  findUnitsWithFigures,
  normalizeSearch,
  requestedFigureCells,
  searchCondition,
} from '@union/subgraph-kit';
import { type ProvinceContext } from '../context';
import { Province } from './province.entity';
import { ProvinceArgs, ProvincesArgs } from './province.input';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: 'Province-level units in code order.' })
  provinces(
    @Args(() => ProvincesArgs) { search }: ProvincesArgs,
    @Ctx() { em, loaders }: ProvinceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Province[]> {
    const text = normalizeSearch(search);
    return findUnitsWithFigures(
      em,
      loaders.provincesWithFigures,
      text ? searchCondition(text) : {},
      {},
      requestedFigureCells(info),
    );
  }

  @Query(() => Province, { nullable: true, description: 'Null when no province has the code.' })
  province(
    @Args(() => ProvinceArgs) { code }: ProvinceArgs,
    @Ctx() { loaders }: ProvinceContext,
  ): Promise<Province | null> {
    return loaders.provinceByCode.load(assertDivisionCode('code', code));
  }
}

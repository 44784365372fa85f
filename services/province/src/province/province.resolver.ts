import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { assertDivisionCode, normalizeSearch, searchCondition } from '@union/common';
import { type ProvinceContext } from '../context';
import { Province } from './province.entity';
import { ProvinceArgs, ProvincesArgs } from './province.input';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: 'Province-level units in code order.' })
  provinces(
    @Args(() => ProvincesArgs) { search }: ProvincesArgs,
    @Ctx() { em }: ProvinceContext,
  ): Promise<Province[]> {
    const text = normalizeSearch(search);
    return em.find(Province, text ? searchCondition(text) : {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Province, { nullable: true, description: 'Null when no province has the code.' })
  province(
    @Args(() => ProvinceArgs) { code }: ProvinceArgs,
    @Ctx() { loaders }: ProvinceContext,
  ): Promise<Province | null> {
    return loaders.provinceByCode.load(assertDivisionCode('code', code));
  }
}

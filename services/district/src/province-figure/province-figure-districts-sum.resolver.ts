import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { cellKey } from '@union/domain';
import { DirectField, Rollup } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { ProvinceFigure } from './province-figure.type';

@Resolver(() => ProvinceFigure)
export class ProvinceFigureDistrictsSumResolver {
  @FieldResolver(() => Rollup, {
    description: 'Every county-level unit of the province, under a city or not.',
  })
  @DirectField()
  districtsSum(@Root() cell: ProvinceFigure, @Ctx() { loaders }: DistrictContext): Promise<Rollup> {
    return loaders.districtsSumOfProvince.load(
      cellKey({ code: cell.provinceCode, metric: cell.metric, period: cell.period }),
    );
  }

  @FieldResolver(() => Rollup, {
    description:
      'Only the county-level units with no city (municipal districts, province-run counties): ' +
      "with citiesSum, the province's direct children.",
  })
  @DirectField()
  directDistrictsSum(
    @Root() cell: ProvinceFigure,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<Rollup> {
    return loaders.directDistrictsSumOfProvince.load(
      cellKey({ code: cell.provinceCode, metric: cell.metric, period: cell.period }),
    );
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { cellKey } from '@union/domain';
import { DirectField, Rollup } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { CityFigure } from './city-figure.type';

@Resolver(() => CityFigure)
export class CityFigureDistrictsSumResolver {
  @FieldResolver(() => Rollup, { description: "The city's county-level units' figures." })
  @DirectField()
  districtsSum(@Root() cell: CityFigure, @Ctx() { loaders }: DistrictContext): Promise<Rollup> {
    return loaders.districtsSumOfCity.load(
      cellKey({ code: cell.cityCode, metric: cell.metric, period: cell.period }),
    );
  }
}

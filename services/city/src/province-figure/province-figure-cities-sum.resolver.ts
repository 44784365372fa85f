import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { cellKey } from '@union/domain';
import { DirectField, Rollup } from '@union/subgraph-kit';
import { type CityContext } from '../context';
import { ProvinceFigure } from './province-figure.type';

@Resolver(() => ProvinceFigure)
export class ProvinceFigureCitiesSumResolver {
  @FieldResolver(() => Rollup, {
    description: "The province's prefecture-level units' figures for the same metric and period.",
  })
  @DirectField()
  citiesSum(@Root() cell: ProvinceFigure, @Ctx() { loaders }: CityContext): Promise<Rollup> {
    return loaders.citiesSumByCell.load(
      cellKey({ code: cell.provinceCode, metric: cell.metric, period: cell.period }),
    );
  }
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type CellShape, Rollup } from '@union/subgraph-kit';

@ObjectType({
  description:
    "A prefecture-level unit's cell for one metric and period: what it reported, and (from " +
    'the district subgraph) what its districts add up to.',
})
@Directive('@key(fields: "cityCode metric period")')
export class CityFigure {
  @Field(() => ID)
  cityCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;

  /** Resolved by the district subgraph; present here only when an audit requires it. */
  @Field(() => Rollup)
  @Directive('@external')
  districtsSum?: Rollup;
}

export const cityCell: CellShape<CityFigure> = {
  type: CityFigure,
  make: (cityCode, metric, period) => ({ cityCode, metric, period }),
  codeOf: (cell) => cell.cityCode,
};

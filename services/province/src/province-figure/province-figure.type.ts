import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type CellShape, Rollup } from '@union/subgraph-kit';

@ObjectType({
  description:
    "A province's cell for one metric and period: what it reported, and (from the city and " +
    'district subgraphs) what its children add up to.',
})
@Directive('@key(fields: "provinceCode metric period")')
export class ProvinceFigure {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;

  /** Resolved by the city subgraph; present here only when an audit requires it. */
  @Field(() => Rollup)
  @Directive('@external')
  citiesSum?: Rollup;

  /** Resolved by the district subgraph; present here only when an audit requires it. */
  @Field(() => Rollup)
  @Directive('@external')
  directDistrictsSum?: Rollup;
}

export const provinceCell: CellShape<ProvinceFigure> = {
  type: ProvinceFigure,
  make: (provinceCode, metric, period) => ({ provinceCode, metric, period }),
  codeOf: (cell) => cell.provinceCode,
};

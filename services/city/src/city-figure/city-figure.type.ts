import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type CellShape } from '@union/subgraph-kit';

@ObjectType({
  description:
    "A prefecture-level unit's cell for one metric and period: what it reported, and (from " +
    'the district subgraph) what its districts add up to and whether they agree.',
  simpleResolvers: true,
})
@Directive('@key(fields: "cityCode metric period")')
export class CityFigure {
  @Field(() => ID)
  cityCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;
}

export const cityCell: CellShape<CityFigure> = {
  type: CityFigure,
  make: (cityCode, metric, period) => ({ cityCode, metric, period }),
  codeOf: (cell) => cell.cityCode,
};

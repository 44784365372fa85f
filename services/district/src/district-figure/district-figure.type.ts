import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type CellShape } from '@union/subgraph-kit';

@ObjectType({
  description: "A county-level unit's cell for one metric and period.",
  simpleResolvers: true,
})
@Directive('@key(fields: "districtCode metric period")')
export class DistrictFigure {
  @Field(() => ID)
  districtCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;
}

export const districtCell: CellShape<DistrictFigure> = {
  type: DistrictFigure,
  make: (districtCode, metric, period) => ({ districtCode, metric, period }),
  codeOf: (cell) => cell.districtCode,
};

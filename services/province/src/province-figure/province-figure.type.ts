import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type CellShape } from '@union/subgraph-kit';

@ObjectType({
  description:
    "A province's cell for one metric and period: what it reported, and (from the city and " +
    'district subgraphs) what its children add up to and whether they agree.',
  simpleResolvers: true,
})
@Directive('@key(fields: "provinceCode metric period")')
export class ProvinceFigure {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;
}

export const provinceCell: CellShape<ProvinceFigure> = {
  type: ProvinceFigure,
  make: (provinceCode, metric, period) => ({ provinceCode, metric, period }),
  codeOf: (cell) => cell.provinceCode,
};

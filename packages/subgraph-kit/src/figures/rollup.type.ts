import { type Rollup as RollupFigures } from '@union/domain';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The children's figures for one cell. SUM metrics: the interval sum over the children " +
    'that reported. NONE metrics (rates): the span from the lowest to the highest, never a sum. ' +
    'Children that did not report are missing, never zero.',
  simpleResolvers: true,
})
@Directive('@shareable')
export class Rollup implements RollupFigures {
  @Field(() => Float, { description: '0 when no child reported.' })
  lower!: number;

  @Field(() => Float, { nullable: true, description: 'Null: some child is unbounded above.' })
  upper!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Sum of the children's point values (SUM metrics); null for rates or none.",
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The lowest printed value among the children.',
  })
  minValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The highest printed value among the children.',
  })
  maxValue!: number | null;

  @Field(() => Int, { description: 'Children with a figure for this metric and period.' })
  reporting!: number;

  @Field(() => Int, { description: 'Children that exist.' })
  expected!: number;

  @Field(() => Float, { description: 'reporting / expected; 0 when there are no children.' })
  coverage!: number;

  @Field(() => [ID], { description: 'Codes of the children that did not report, in order.' })
  missing!: readonly string[];
}

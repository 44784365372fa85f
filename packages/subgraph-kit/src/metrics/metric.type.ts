import { type Aggregation, type MetricKind } from '@union/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const MetricKindEnum = { STOCK: 'STOCK', FLOW: 'FLOW' } as const satisfies {
  [K in MetricKind]: K;
};
registerEnumType(MetricKindEnum, {
  name: 'MetricKind',
  description: 'STOCK: a level as at the end of the period. FLOW: an amount over the period.',
});

export const AggregationEnum = { SUM: 'SUM', NONE: 'NONE' } as const satisfies {
  [A in Aggregation]: A;
};
registerEnumType(AggregationEnum, {
  name: 'Aggregation',
  description: "SUM: children's figures add up to the parent's. NONE: rates, never added.",
});

@ObjectType({
  description: 'A catalog entry: what a figure measures and how it rolls up.',
  simpleResolvers: true,
})
export class Metric {
  @Field(() => String, { description: 'The `metric` argument of figure fields.' })
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => MetricKindEnum)
  kind!: MetricKind;

  @Field(() => AggregationEnum)
  aggregation!: Aggregation;

  @Field(() => String, {
    nullable: true,
    description: 'For an "of which" metric, the total it is part of.',
  })
  totalOf!: string | null;

  @Field(() => Boolean, {
    description: 'False for figures only one level reports: audits are NOT_APPLICABLE.',
  })
  comparableAcrossLevels!: boolean;
}

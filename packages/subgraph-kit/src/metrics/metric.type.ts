import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A catalog entry: what a figure measures and how it rolls up.' })
export class Metric {
  @Field(() => String, { description: 'The `metric` argument of figure fields.' })
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => String, { description: 'STOCK (a level at a date) or FLOW (over a period).' })
  kind!: string;

  @Field(() => String, { description: 'SUM, or NONE for rates, which are never added.' })
  aggregation!: string;

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

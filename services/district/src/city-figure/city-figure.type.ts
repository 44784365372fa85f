import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The city subgraph's cell, to which this subgraph adds `districtsSum`. */
@ObjectType()
@Directive('@key(fields: "cityCode metric period")')
export class CityFigure {
  @Field(() => ID)
  cityCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;
}

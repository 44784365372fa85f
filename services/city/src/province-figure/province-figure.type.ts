import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The province subgraph's cell, to which this subgraph adds `citiesSum`. */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "provinceCode metric period")')
export class ProvinceFigure {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;
}

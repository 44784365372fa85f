import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The province subgraph's report, to which this subgraph adds `citiesProgress`. */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "provinceCode period")')
export class ProvinceReport {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => String)
  period!: string;
}

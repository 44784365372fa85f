import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The city subgraph's entity, to which this subgraph adds `districts`. */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "code")')
export class City {
  @Field(() => ID)
  code!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The province subgraph's entity, to which this subgraph adds `cities`. */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "code")')
export class Province {
  @Field(() => ID)
  code!: string;
}

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Value } from '@union/subgraph-kit';

/**
 * The city subgraph's cell, to which this subgraph adds `districtsSum` and `audit`. The
 * audit lives here, beside the districts' figures, and takes the city's own figures from
 * the city subgraph through @requires: one fetch after the city's, no second read.
 */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "cityCode metric period")')
export class CityFigure {
  @Field(() => ID)
  cityCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;

  /** Owned by the city subgraph; present here only when the audit requires it. */
  @Field(() => Value, { nullable: true })
  @Directive('@external')
  reported?: Value | null;

  /** Owned by the city subgraph; present here only when the audit requires it. */
  @Field(() => Value, { nullable: true })
  @Directive('@external')
  totalReported?: Value | null;

  /** Owned by the city subgraph; present here only when a report's audit seal requires it. */
  @Field(() => Int)
  @Directive('@external')
  version?: number;
}

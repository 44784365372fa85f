import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Rollup, Value } from '@union/subgraph-kit';

/**
 * The province subgraph's cell, to which this subgraph adds `districtsSum`,
 * `directDistrictsSum`, `directChildrenSum` and `audit`. A province's direct children are
 * its cities (summed by the city subgraph, passed in through @requires) and the county-level
 * units with no city, summed here.
 */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "provinceCode metric period")')
export class ProvinceFigure {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => String)
  period!: string;

  /** Owned by the province subgraph; present here only when the audit requires it. */
  @Field(() => Value, { nullable: true })
  @Directive('@external')
  reported?: Value | null;

  /** Owned by the province subgraph; present here only when the audit requires it. */
  @Field(() => Value, { nullable: true })
  @Directive('@external')
  totalReported?: Value | null;

  /** Owned by the city subgraph; present here only when a field below requires it. */
  @Field(() => Rollup)
  @Directive('@external')
  citiesSum?: Rollup;

  /** Owned by the province subgraph; present here only when a report's audit seal requires it. */
  @Field(() => Int)
  @Directive('@external')
  version?: number;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CityFigure } from '../city-figure/city-figure.type';

/**
 * The city subgraph's report, to which this subgraph adds `districtsProgress` and
 * `auditSeal`: both need the districts, which live here. The seal takes the city's own
 * cells from the city subgraph through @requires, as a city figure's audit does.
 */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "cityCode period")')
export class CityReport {
  @Field(() => ID)
  cityCode!: string;

  @Field(() => String)
  period!: string;

  /** Owned by the city subgraph; present here only when the audit seal requires it. */
  @Field(() => [CityFigure])
  @Directive('@external')
  cells?: CityFigure[];
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ProvinceFigure } from '../province-figure/province-figure.type';

/**
 * The province subgraph's report, to which this subgraph adds `directDistrictsProgress`
 * and `auditSeal`. The seal takes the province's own cells from the province subgraph and
 * each cell's citiesSum from the city subgraph through @requires, as a province figure's
 * audit does.
 */
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "provinceCode period")')
export class ProvinceReport {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => String)
  period!: string;

  /** Owned by the province subgraph; present here only when the audit seal requires it. */
  @Field(() => [ProvinceFigure])
  @Directive('@external')
  cells?: ProvinceFigure[];
}

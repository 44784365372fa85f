import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type ReportShape } from '@union/subgraph-kit';

@ObjectType({
  description:
    "A prefecture-level unit's report for a period: all its cells of that period, and (from " +
    'the district subgraph) how far its districts have got with theirs and its audit seal.',
  simpleResolvers: true,
})
@Directive('@key(fields: "cityCode period")')
export class CityReport {
  @Field(() => ID)
  cityCode!: string;

  @Field(() => String)
  period!: string;
}

export const cityReport: ReportShape<CityReport> = {
  type: CityReport,
  make: (cityCode, period) => ({ cityCode, period }),
  codeOf: (report) => report.cityCode,
};

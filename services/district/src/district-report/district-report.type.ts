import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type ReportShape } from '@union/subgraph-kit';

@ObjectType({
  description:
    "A county-level unit's report for a period: all its cells of that period. It has no " +
    'level below, so no progress and no audit gate.',
  simpleResolvers: true,
})
@Directive('@key(fields: "districtCode period")')
export class DistrictReport {
  @Field(() => ID)
  districtCode!: string;

  @Field(() => String)
  period!: string;
}

export const districtReport: ReportShape<DistrictReport> = {
  type: DistrictReport,
  make: (districtCode, period) => ({ districtCode, period }),
  codeOf: (report) => report.districtCode,
};

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type ReportShape } from '@union/subgraph-kit';

@ObjectType({
  description:
    "A province's report for a period: all its cells of that period, and (from the city and " +
    'district subgraphs) how far its direct children have got with theirs and its audit seal.',
  simpleResolvers: true,
})
@Directive('@key(fields: "provinceCode period")')
export class ProvinceReport {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => String)
  period!: string;
}

export const provinceReport: ReportShape<ProvinceReport> = {
  type: ProvinceReport,
  make: (provinceCode, period) => ({ provinceCode, period }),
  codeOf: (report) => report.provinceCode,
};

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type ReportProgress } from '@union/domain';
import { Progress, reportKey } from '@union/subgraph-kit';
import { type CityContext } from '../context';
import { ProvinceReport } from './province-report.type';

@Resolver(() => ProvinceReport)
export class ProvinceReportCitiesProgressResolver {
  @FieldResolver(() => Progress, {
    description:
      "The province's prefecture-level units' reports for the same period: how many are " +
      'open, submitted, approved, returned, and which are not approved.',
  })
  citiesProgress(
    @Root() report: ProvinceReport,
    @Ctx() { loaders }: CityContext,
  ): Promise<ReportProgress> {
    return loaders.citiesProgressOfProvince.load(
      reportKey({ code: report.provinceCode, period: report.period }),
    );
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type ReportProgress } from '@union/domain';
import { Progress, reportKey } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { ProvinceReport } from './province-report.type';

@Resolver(() => ProvinceReport)
export class ProvinceReportDirectDistrictsProgressResolver {
  @FieldResolver(() => Progress, {
    description:
      "The reports of the province's county-level units with no city (municipal districts, " +
      'province-run counties): with citiesProgress, its direct children.',
  })
  directDistrictsProgress(
    @Root() report: ProvinceReport,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<ReportProgress> {
    return loaders.directDistrictsProgressOfProvince.load(
      reportKey({ code: report.provinceCode, period: report.period }),
    );
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type ReportProgress } from '@union/domain';
import { Progress, reportKey } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { CityReport } from './city-report.type';

@Resolver(() => CityReport)
export class CityReportDistrictsProgressResolver {
  @FieldResolver(() => Progress, {
    description:
      "The city's county-level units' reports for the same period: how many are open, " +
      'submitted, approved, returned, and which are not approved.',
  })
  districtsProgress(
    @Root() report: CityReport,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<ReportProgress> {
    return loaders.districtsProgressOfCity.load(
      reportKey({ code: report.cityCode, period: report.period }),
    );
  }
}

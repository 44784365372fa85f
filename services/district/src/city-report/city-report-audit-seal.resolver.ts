import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { cellKey } from '@union/domain';
import { AuditSeal, REPORT_CELL_SELECTION, sealReportAudit } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { CityReport } from './city-report.type';

@Resolver(() => CityReport)
export class CityReportAuditSealResolver {
  @FieldResolver(() => AuditSeal, {
    description:
      "Every reported cell of the report audited against its districts' figures, signed: " +
      'what approveCityReport(auditSeal:) takes. One statement for all the cells.',
  })
  @Directive(`@requires(fields: "cells { ${REPORT_CELL_SELECTION} }")`)
  auditSeal(@Root() report: CityReport, @Ctx() { loaders, reports }: DistrictContext) {
    return sealReportAudit({
      level: 'City',
      code: report.cityCode,
      period: report.period,
      cells: report.cells,
      children: (cell) =>
        loaders.districtsSumOfCity.load(
          cellKey({ code: report.cityCode, metric: cell.metric, period: report.period }),
        ),
      childrenNoun: 'districts',
      runtime: reports,
    });
  }
}

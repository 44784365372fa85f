import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  AUDIT_ROLLUP_SELECTION,
  AuditSeal,
  REPORT_CELL_SELECTION,
  sealReportAudit,
} from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { directChildren } from '../province-figure/direct-children';
import { ProvinceReport } from './province-report.type';

@Resolver(() => ProvinceReport)
export class ProvinceReportAuditSealResolver {
  @FieldResolver(() => AuditSeal, {
    description:
      'Every reported cell of the report audited against its direct children (its cities, ' +
      'whose sums come from the city subgraph, and the units with no city), signed: what ' +
      'approveProvinceReport(auditSeal:) takes.',
  })
  @Directive(
    `@requires(fields: "cells { ${REPORT_CELL_SELECTION} citiesSum ${AUDIT_ROLLUP_SELECTION} }")`,
  )
  auditSeal(@Root() report: ProvinceReport, @Ctx() context: DistrictContext) {
    return sealReportAudit({
      level: 'Province',
      code: report.provinceCode,
      period: report.period,
      cells: report.cells,
      children: (cell) =>
        directChildren(
          {
            provinceCode: report.provinceCode,
            metric: cell.metric,
            period: report.period,
            citiesSum: cell.citiesSum,
          },
          context,
        ),
      childrenNoun: 'direct children',
      runtime: context.reports,
    });
  }
}

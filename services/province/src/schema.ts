import {
  buildFederatedSchema,
  createFigureFieldsResolver,
  createFigureWriteResolver,
  createReportedResolver,
  createReportResolvers,
  createUnitChangesResolver,
  MeResolver,
} from '@union/subgraph-kit';
import { type GraphQLSchema } from 'graphql';
import { ProvinceFigureChange } from './figure/figure-change.entity';
import { ProvinceFigureRecord } from './figure/figure-record.entity';
import { MetricResolver } from './metric/metric.resolver';
import { resolveProvinceFigureReference } from './province-figure/province-figure.reference';
import { provinceCell, ProvinceFigure } from './province-figure/province-figure.type';
import { Province } from './province/province.entity';
import { resolveProvinceReference } from './province/province.reference';
import { ProvinceResolver } from './province/province.resolver';
import { resolveProvinceReportReference } from './province-report/province-report.reference';
import { ProvinceReport, provinceReport } from './province-report/province-report.type';
import { ProvinceReportEvent } from './report/report-event.entity';
import { ProvinceReportRecord } from './report/report-record.entity';

export const entities = [
  Province,
  ProvinceFigureRecord,
  ProvinceFigureChange,
  ProvinceReportRecord,
  ProvinceReportEvent,
];

const reports = { report: ProvinceReportRecord, event: ProvinceReportEvent };
// The graph has no national level: an admin covering the province decides on its report.
const noParent = (): string | null => null;

const ProvinceFiguresResolver = createFigureFieldsResolver(Province, provinceCell);
const ProvinceReportedResolver = createReportedResolver(provinceCell);
const ProvinceChangesResolver = createUnitChangesResolver(Province);
const ProvinceFigureWriteResolver = createFigureWriteResolver({
  level: 'Province',
  cell: provinceCell,
  figure: ProvinceFigureRecord,
  change: ProvinceFigureChange,
  reports,
  parentOf: noParent,
});
const ProvinceReportResolvers = createReportResolvers({
  level: 'Province',
  unitType: Province,
  report: provinceReport,
  cell: provinceCell,
  tables: reports,
  parentOf: noParent,
  gate: {
    level: 'Province',
    figure: ProvinceFigureRecord,
    howToSeal: 'province(code:) { report(period:) { auditSeal { seal inconsistent } } }',
  },
});

export function buildProvinceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ProvinceResolver,
        ProvinceFiguresResolver,
        ProvinceReportedResolver,
        ProvinceChangesResolver,
        ProvinceFigureWriteResolver,
        MetricResolver,
        MeResolver,
        ...ProvinceReportResolvers,
      ],
      orphanedTypes: [Province, ProvinceFigure, ProvinceReport],
    },
    {
      Province: { __resolveReference: resolveProvinceReference },
      ProvinceFigure: { __resolveReference: resolveProvinceFigureReference },
      ProvinceReport: { __resolveReference: resolveProvinceReportReference },
    },
  );
}

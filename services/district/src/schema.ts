import {
  buildFederatedSchema,
  createFigureFieldsResolver,
  createFigureWriteResolver,
  createReportedResolver,
  createReportResolvers,
  createUnitChangesResolver,
} from '@union/subgraph-kit';
import { type GraphQLSchema } from 'graphql';
import { CityFigureAuditResolver } from './city-figure/city-figure-audit.resolver';
import { CityFigureDistrictsSumResolver } from './city-figure/city-figure-districts-sum.resolver';
import { CityFigure } from './city-figure/city-figure.type';
import { CityReportAuditSealResolver } from './city-report/city-report-audit-seal.resolver';
import { CityReportDistrictsProgressResolver } from './city-report/city-report-districts-progress.resolver';
import { CityReport } from './city-report/city-report.type';
import { CityDistrictsResolver } from './city/city-districts.resolver';
import { City } from './city/city.entity';
import { resolveDistrictFigureReference } from './district-figure/district-figure.reference';
import { districtCell, DistrictFigure } from './district-figure/district-figure.type';
import { resolveDistrictReportReference } from './district-report/district-report.reference';
import { DistrictReport, districtReport } from './district-report/district-report.type';
import { District } from './district/district.entity';
import { resolveDistrictReference } from './district/district.reference';
import { DistrictResolver } from './district/district.resolver';
import { DistrictFigureChange } from './figure/figure-change.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';
import { ProvinceFigureAuditResolver } from './province-figure/province-figure-audit.resolver';
import { ProvinceFigureDistrictsSumResolver } from './province-figure/province-figure-districts-sum.resolver';
import { ProvinceFigure } from './province-figure/province-figure.type';
import { ProvinceDistrictsResolver } from './province/province-districts.resolver';
import { ProvinceReportAuditSealResolver } from './province-report/province-report-audit-seal.resolver';
import { ProvinceReportDirectDistrictsProgressResolver } from './province-report/province-report-direct-districts-progress.resolver';
import { ProvinceReport } from './province-report/province-report.type';
import { Province } from './province/province.entity';
import { DistrictReportEvent } from './report/report-event.entity';
import { DistrictReportRecord } from './report/report-record.entity';

export const entities = [
  District,
  DistrictFigureRecord,
  DistrictFigureChange,
  DistrictReportRecord,
  DistrictReportEvent,
];

const reports = { report: DistrictReportRecord, event: DistrictReportEvent };
// A county-level unit's report is decided by its city's approvers, or by its province's
// where it has no city (the districts of the municipalities, province-run counties).
const parentOf = (district: District): string | null => district.cityCode ?? district.provinceCode;

const DistrictFiguresResolver = createFigureFieldsResolver(District, districtCell);
const DistrictReportedResolver = createReportedResolver(districtCell);
const DistrictChangesResolver = createUnitChangesResolver(District);
const DistrictFigureWriteResolver = createFigureWriteResolver({
  level: 'District',
  cell: districtCell,
  figure: DistrictFigureRecord,
  change: DistrictFigureChange,
  reports,
  parentOf,
});
const DistrictReportResolvers = createReportResolvers({
  level: 'District',
  unitType: District,
  report: districtReport,
  cell: districtCell,
  tables: reports,
  parentOf,
  gate: null,
});

export function buildDistrictSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        DistrictResolver,
        ProvinceDistrictsResolver,
        CityDistrictsResolver,
        DistrictFiguresResolver,
        DistrictReportedResolver,
        DistrictChangesResolver,
        DistrictFigureWriteResolver,
        ProvinceFigureDistrictsSumResolver,
        CityFigureDistrictsSumResolver,
        CityFigureAuditResolver,
        ProvinceFigureAuditResolver,
        ...DistrictReportResolvers,
        CityReportDistrictsProgressResolver,
        CityReportAuditSealResolver,
        ProvinceReportDirectDistrictsProgressResolver,
        ProvinceReportAuditSealResolver,
      ],
      orphanedTypes: [
        District,
        Province,
        City,
        DistrictFigure,
        ProvinceFigure,
        CityFigure,
        DistrictReport,
        CityReport,
        ProvinceReport,
      ],
    },
    {
      District: { __resolveReference: resolveDistrictReference },
      DistrictFigure: { __resolveReference: resolveDistrictFigureReference },
      DistrictReport: { __resolveReference: resolveDistrictReportReference },
    },
  );
}

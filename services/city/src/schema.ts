import {
  buildFederatedSchema,
  createFigureFieldsResolver,
  createFigureWriteResolver,
  createReportedResolver,
  createReportResolvers,
  createUnitChangesResolver,
} from '@union/subgraph-kit';
import { type GraphQLSchema } from 'graphql';
import { resolveCityFigureReference } from './city-figure/city-figure.reference';
import { cityCell, CityFigure } from './city-figure/city-figure.type';
import { resolveCityReportReference } from './city-report/city-report.reference';
import { CityReport, cityReport } from './city-report/city-report.type';
import { City } from './city/city.entity';
import { resolveCityReference } from './city/city.reference';
import { CityResolver } from './city/city.resolver';
import { CityFigureChange } from './figure/figure-change.entity';
import { CityFigureRecord } from './figure/figure-record.entity';
import { ProvinceFigureCitiesSumResolver } from './province-figure/province-figure-cities-sum.resolver';
import { ProvinceFigure } from './province-figure/province-figure.type';
import { ProvinceCitiesResolver } from './province/province-cities.resolver';
import { Province } from './province/province.entity';
import { ProvinceReportCitiesProgressResolver } from './province-report/province-report-cities-progress.resolver';
import { ProvinceReport } from './province-report/province-report.type';
import { CityReportEvent } from './report/report-event.entity';
import { CityReportRecord } from './report/report-record.entity';

export const entities = [
  City,
  CityFigureRecord,
  CityFigureChange,
  CityReportRecord,
  CityReportEvent,
];

const reports = { report: CityReportRecord, event: CityReportEvent };
// A city's report is decided by its province's approvers.
const provinceOf = (city: City): string | null => city.provinceCode;

const CityFiguresResolver = createFigureFieldsResolver(City, cityCell);
const CityReportedResolver = createReportedResolver(cityCell);
const CityChangesResolver = createUnitChangesResolver(City);
const CityFigureWriteResolver = createFigureWriteResolver({
  level: 'City',
  cell: cityCell,
  figure: CityFigureRecord,
  change: CityFigureChange,
  reports,
  parentOf: provinceOf,
});
const CityReportResolvers = createReportResolvers({
  level: 'City',
  unitType: City,
  report: cityReport,
  cell: cityCell,
  tables: reports,
  parentOf: provinceOf,
  gate: {
    level: 'City',
    figure: CityFigureRecord,
    howToSeal: 'city(code:) { report(period:) { auditSeal { seal inconsistent } } }',
  },
});

export function buildCitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CityResolver,
        ProvinceCitiesResolver,
        CityFiguresResolver,
        CityReportedResolver,
        CityChangesResolver,
        CityFigureWriteResolver,
        ProvinceFigureCitiesSumResolver,
        ...CityReportResolvers,
        ProvinceReportCitiesProgressResolver,
      ],
      orphanedTypes: [City, Province, CityFigure, ProvinceFigure, CityReport, ProvinceReport],
    },
    {
      City: { __resolveReference: resolveCityReference },
      CityFigure: { __resolveReference: resolveCityFigureReference },
      CityReport: { __resolveReference: resolveCityReportReference },
    },
  );
}

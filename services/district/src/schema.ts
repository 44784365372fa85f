import {
  buildFederatedSchema,
  createFigureFieldsResolver,
  createFigureWriteResolver,
  createReportedResolver,
  createUnitChangesResolver,
} from '@union/subgraph-kit';
import { type GraphQLSchema } from 'graphql';
import { CityFigureAuditResolver } from './city-figure/city-figure-audit.resolver';
import { CityFigureDistrictsSumResolver } from './city-figure/city-figure-districts-sum.resolver';
import { CityFigure } from './city-figure/city-figure.type';
import { CityDistrictsResolver } from './city/city-districts.resolver';
import { City } from './city/city.entity';
import { resolveDistrictFigureReference } from './district-figure/district-figure.reference';
import { districtCell, DistrictFigure } from './district-figure/district-figure.type';
import { District } from './district/district.entity';
import { resolveDistrictReference } from './district/district.reference';
import { DistrictResolver } from './district/district.resolver';
import { DistrictFigureChange } from './figure/figure-change.entity';
import { DistrictFigureRecord } from './figure/figure-record.entity';
import { ProvinceFigureAuditResolver } from './province-figure/province-figure-audit.resolver';
import { ProvinceFigureDistrictsSumResolver } from './province-figure/province-figure-districts-sum.resolver';
import { ProvinceFigure } from './province-figure/province-figure.type';
import { ProvinceDistrictsResolver } from './province/province-districts.resolver';
import { Province } from './province/province.entity';

export const entities = [District, DistrictFigureRecord, DistrictFigureChange];

const DistrictFiguresResolver = createFigureFieldsResolver(District, districtCell);
const DistrictReportedResolver = createReportedResolver(districtCell);
const DistrictChangesResolver = createUnitChangesResolver(District);
const DistrictFigureWriteResolver = createFigureWriteResolver({
  level: 'District',
  cell: districtCell,
  figure: DistrictFigureRecord,
  change: DistrictFigureChange,
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
      ],
      orphanedTypes: [District, Province, City, DistrictFigure, ProvinceFigure, CityFigure],
    },
    {
      District: { __resolveReference: resolveDistrictReference },
      DistrictFigure: { __resolveReference: resolveDistrictFigureReference },
    },
  );
}

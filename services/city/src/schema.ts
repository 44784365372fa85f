import {
  buildFederatedSchema,
  createFigureFieldsResolver,
  createFigureWriteResolver,
  createReportedResolver,
  createUnitChangesResolver,
} from '@union/subgraph-kit';
import { type GraphQLSchema } from 'graphql';
import { resolveCityFigureReference } from './city-figure/city-figure.reference';
import { cityCell, CityFigure } from './city-figure/city-figure.type';
import { City } from './city/city.entity';
import { resolveCityReference } from './city/city.reference';
import { CityResolver } from './city/city.resolver';
import { CityFigureChange } from './figure/figure-change.entity';
import { CityFigureRecord } from './figure/figure-record.entity';
import { ProvinceFigureCitiesSumResolver } from './province-figure/province-figure-cities-sum.resolver';
import { ProvinceFigure } from './province-figure/province-figure.type';
import { ProvinceCitiesResolver } from './province/province-cities.resolver';
import { Province } from './province/province.entity';

export const entities = [City, CityFigureRecord, CityFigureChange];

const CityFiguresResolver = createFigureFieldsResolver(City, cityCell);
const CityReportedResolver = createReportedResolver(cityCell);
const CityChangesResolver = createUnitChangesResolver(City);
const CityFigureWriteResolver = createFigureWriteResolver({
  level: 'City',
  cell: cityCell,
  figure: CityFigureRecord,
  change: CityFigureChange,
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
      ],
      orphanedTypes: [City, Province, CityFigure, ProvinceFigure],
    },
    {
      City: { __resolveReference: resolveCityReference },
      CityFigure: { __resolveReference: resolveCityFigureReference },
    },
  );
}

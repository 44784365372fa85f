import {
  buildFederatedSchema,
  createFigureFieldsResolver,
  createFigureWriteResolver,
  createReportedResolver,
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

export const entities = [Province, ProvinceFigureRecord, ProvinceFigureChange];

const ProvinceFiguresResolver = createFigureFieldsResolver(Province, provinceCell);
const ProvinceReportedResolver = createReportedResolver(provinceCell);
const ProvinceChangesResolver = createUnitChangesResolver(Province);
const ProvinceFigureWriteResolver = createFigureWriteResolver({
  level: 'Province',
  cell: provinceCell,
  figure: ProvinceFigureRecord,
  change: ProvinceFigureChange,
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
      ],
      orphanedTypes: [Province, ProvinceFigure],
    },
    {
      Province: { __resolveReference: resolveProvinceReference },
      ProvinceFigure: { __resolveReference: resolveProvinceFigureReference },
    },
  );
}

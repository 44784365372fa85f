import { Query, Resolver } from 'type-graphql';
import { METRICS } from '@union/domain';
import { Metric } from '@union/subgraph-kit';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => [Metric], { description: 'The metric catalog, in catalog order.' })
  metrics(): Metric[] {
    return METRICS.map((metric) => ({
      code: metric.code,
      nameZh: metric.nameZh,
      nameEn: metric.nameEn,
      unit: metric.unit,
      kind: metric.kind,
      aggregation: metric.aggregation,
      totalOf: metric.totalOf,
      comparableAcrossLevels: metric.comparableAcrossLevels,
    }));
  }
}

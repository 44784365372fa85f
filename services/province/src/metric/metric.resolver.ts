import { Query, Resolver } from 'type-graphql';
import { Metric, METRICS } from '@union/common';

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

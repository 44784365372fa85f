import { addRollups, cellKey, type Rollup as RollupFigures } from '@union/domain';
import { readMetric, requiredRollup, type Rollup } from '@union/subgraph-kit';
import { type DistrictContext } from '../context';

/**
 * A province's direct children for one metric and period: its cities (citiesSum, summed by
 * the city subgraph and passed in through @requires) plus the county-level units with no
 * city, summed here. What a province's audit compares with.
 */
export async function directChildren(
  cell: { provinceCode: string; metric: string; period: string; citiesSum?: Partial<Rollup> },
  { loaders }: DistrictContext,
): Promise<RollupFigures> {
  const metric = readMetric('metric', cell.metric);
  const directDistricts = await loaders.directDistrictsSumOfProvince.load(
    cellKey({ code: cell.provinceCode, metric: metric.code, period: cell.period }),
  );
  return addRollups(
    requiredRollup(cell.citiesSum, 'citiesSum'),
    directDistricts,
    metric.aggregation === 'NONE',
  );
}

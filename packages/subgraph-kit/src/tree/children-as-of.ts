import type DataLoader from 'dataloader';
import { type GraphQLResolveInfo } from 'graphql';
import { requestedFigures } from '../figures/figure-look-ahead';
import { type GroupRequest } from '../figures/units-with-figures';
import { type DivisionUnit } from './division-unit';
import { namedAsOf, readAsOf } from './units-in-tree';

/**
 * A parent's children (a province's cities, a city's districts) in the tree of `asOf`'s year,
 * or today's when it is absent, named as they were then, with the figure cells the query asks
 * for below the list joined in by the children's group loader.
 */
export async function childrenAsOf<Unit extends DivisionUnit>(
  loader: DataLoader<GroupRequest, Unit[], string>,
  parentCode: string,
  asOf: number | null | undefined,
  info: GraphQLResolveInfo,
): Promise<Unit[]> {
  const year = readAsOf(asOf);
  const children = await loader.load({
    group: parentCode,
    figures: requestedFigures(info),
    year,
  });
  return namedAsOf(children, year);
}

import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  AUDIT_ROLLUP_SELECTION,
  auditCell,
  cellKey,
  CityAudit,
  metricByCode,
  requiredRollup,
} from '@union/common';
import { type CityContext } from '../context';
import { CityFigure } from './city-figure.type';

@Resolver(() => CityFigure)
export class CityFigureAuditResolver {
  @FieldResolver(() => CityAudit, {
    description:
      'The reported figure against its districts\', and against its total for an "of which" metric.',
  })
  @Directive(`@requires(fields: "districtsSum ${AUDIT_ROLLUP_SELECTION}")`)
  async audit(@Root() cell: CityFigure, @Ctx() { loaders }: CityContext): Promise<CityAudit> {
    const metric = metricByCode(cell.metric)!;
    const key = { code: cell.cityCode, period: cell.period };
    const [reported, total] = await Promise.all([
      loaders.figureByCell.load(cellKey({ ...key, metric: cell.metric })),
      metric.totalOf
        ? loaders.figureByCell.load(cellKey({ ...key, metric: metric.totalOf }))
        : null,
    ]);
    return auditCell({
      metric,
      period: cell.period,
      reported,
      total,
      children: requiredRollup(cell.districtsSum, 'districtsSum'),
      childrenNoun: 'districts',
    });
  }
}

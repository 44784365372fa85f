import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  addChildren,
  AUDIT_ROLLUP_SELECTION,
  auditCell,
  cellKey,
  metricByCode,
  ProvinceAudit,
  requiredRollup,
} from '@union/common';
import { type ProvinceContext } from '../context';
import { ProvinceFigure } from './province-figure.type';

@Resolver(() => ProvinceFigure)
export class ProvinceFigureAuditResolver {
  @FieldResolver(() => ProvinceAudit, {
    description:
      'The reported figure against its direct children (its cities and the county-level ' +
      'units with no city), and against its total for an "of which" metric.',
  })
  @Directive(
    `@requires(fields: "citiesSum ${AUDIT_ROLLUP_SELECTION} directDistrictsSum ${AUDIT_ROLLUP_SELECTION}")`,
  )
  async audit(
    @Root() cell: ProvinceFigure,
    @Ctx() { loaders }: ProvinceContext,
  ): Promise<ProvinceAudit> {
    const metric = metricByCode(cell.metric)!;
    const key = { code: cell.provinceCode, period: cell.period };
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
      children: addChildren(
        requiredRollup(cell.citiesSum, 'citiesSum'),
        requiredRollup(cell.directDistrictsSum, 'directDistrictsSum'),
      ),
      childrenNoun: 'direct children',
    });
  }
}

import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { auditCell, type Rollup as RollupFigures } from '@union/domain';
import {
  AUDIT_FIGURE_SELECTION,
  AUDIT_ROLLUP_SELECTION,
  DirectField,
  ProvinceAudit,
  readMetric,
  requiredFigure,
  Rollup,
} from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { directChildren } from './direct-children';
import { ProvinceFigure } from './province-figure.type';

@Resolver(() => ProvinceFigure)
export class ProvinceFigureAuditResolver {
  @FieldResolver(() => Rollup, {
    description:
      "The province's direct children: its cities (citiesSum) and the county-level units with " +
      'no city (directDistrictsSum), rolled up together. What the audit compares with.',
  })
  @Directive(`@requires(fields: "citiesSum ${AUDIT_ROLLUP_SELECTION}")`)
  @DirectField()
  directChildrenSum(
    @Root() cell: ProvinceFigure,
    @Ctx() context: DistrictContext,
  ): Promise<RollupFigures> {
    return directChildren(cell, context);
  }

  @FieldResolver(() => ProvinceAudit, {
    description:
      'The reported figure against its direct children (its cities and the county-level ' +
      'units with no city), and against its total for an "of which" metric.',
  })
  @Directive(
    `@requires(fields: "reported ${AUDIT_FIGURE_SELECTION} totalReported ${AUDIT_FIGURE_SELECTION} citiesSum ${AUDIT_ROLLUP_SELECTION}")`,
  )
  @DirectField()
  async audit(
    @Root() cell: ProvinceFigure,
    @Ctx() context: DistrictContext,
  ): Promise<ProvinceAudit> {
    return auditCell({
      metric: readMetric('metric', cell.metric),
      period: cell.period,
      reported: requiredFigure(cell.reported, 'reported'),
      total: requiredFigure(cell.totalReported, 'totalReported'),
      children: await directChildren(cell, context),
      childrenNoun: 'direct children',
    });
  }
}

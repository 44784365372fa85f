import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { addRollups, auditCell } from '@union/domain';
import {
  AUDIT_ROLLUP_SELECTION,
  loadAuditFigures,
  ProvinceAudit,
  requiredRollup,
} from '@union/subgraph-kit';
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
    const figures = await loadAuditFigures(
      loaders.figureByCell,
      cell.provinceCode,
      cell.metric,
      cell.period,
    );
    return auditCell({
      ...figures,
      period: cell.period,
      children: addRollups(
        requiredRollup(cell.citiesSum, 'citiesSum'),
        requiredRollup(cell.directDistrictsSum, 'directDistrictsSum'),
        figures.metric.aggregation === 'NONE',
      ),
      childrenNoun: 'direct children',
    });
  }
}

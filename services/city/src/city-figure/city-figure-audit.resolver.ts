import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { auditCell } from '@union/domain';
import {
  AUDIT_ROLLUP_SELECTION,
  CityAudit,
  loadAuditFigures,
  requiredRollup,
} from '@union/subgraph-kit';
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
    const figures = await loadAuditFigures(
      loaders.figureByCell,
      cell.cityCode,
      cell.metric,
      cell.period,
    );
    return auditCell({
      ...figures,
      period: cell.period,
      children: requiredRollup(cell.districtsSum, 'districtsSum'),
      childrenNoun: 'districts',
    });
  }
}

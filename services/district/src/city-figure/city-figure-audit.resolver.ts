import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { auditCell, cellKey } from '@union/domain';
import {
  AUDIT_FIGURE_SELECTION,
  CityAudit,
  DirectField,
  readMetric,
  requiredFigure,
} from '@union/subgraph-kit';
import { type DistrictContext } from '../context';
import { CityFigure } from './city-figure.type';

@Resolver(() => CityFigure)
export class CityFigureAuditResolver {
  @FieldResolver(() => CityAudit, {
    description:
      'The reported figure against its districts\', and against its total for an "of which" metric.',
  })
  @Directive(
    `@requires(fields: "reported ${AUDIT_FIGURE_SELECTION} totalReported ${AUDIT_FIGURE_SELECTION}")`,
  )
  @DirectField()
  async audit(@Root() cell: CityFigure, @Ctx() { loaders }: DistrictContext): Promise<CityAudit> {
    const metric = readMetric('metric', cell.metric);
    const children = await loaders.districtsSumOfCity.load(
      cellKey({ code: cell.cityCode, metric: metric.code, period: cell.period }),
    );
    return auditCell({
      metric,
      period: cell.period,
      reported: requiredFigure(cell.reported, 'reported'),
      total: requiredFigure(cell.totalReported, 'totalReported'),
      children,
      childrenNoun: 'districts',
    });
  }
}

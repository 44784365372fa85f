import type DataLoader from 'dataloader';
import { type GraphQLResolveInfo } from 'graphql';
import { Args, type ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { METRICS, metricByCode } from '@union/domain';
import { type SettledLoader } from '../loaders/settled-loader';
import { readMetric } from '../metrics/metric-argument';
import { cellKey } from '@union/domain';
import { orgPeriodKey } from './figure-loaders';
import { type FigureRow } from './figure-row';
import { type ListedFigures } from './listed-figures';
import { askedValueFields } from './figure-row-fields';
import { CellsArgs, FigureArgs, FiguresArgs } from './figure.input';
import { readPeriodArgument } from './period-argument';
import { toValue, Value } from './value.type';
import { DirectField } from '../graphql/direct-field';

/** The loaders a level's figure fields read; every level's context provides them. */
export interface FigureLoaders {
  figureByCell: SettledLoader<FigureRow | null>;
  /** Rows list statements read with some of their columns; see ListedFigures. */
  listedFigures: ListedFigures<Partial<FigureRow>>;
  figuresByCode: DataLoader<string, FigureRow[]>;
}

interface FigureContext {
  loaders: FigureLoaders;
}

/** How a level names its cells: ProvinceFigure { provinceCode metric period } and so on. */
export interface CellShape<Cell extends object> {
  type: ClassType<Cell>;
  make(code: string, metric: string, period: string): Cell;
  codeOf(cell: Cell): string;
}

/**
 * `figure(metric, period)` and `figures(period)` on a level's unit type. `figure` is the
 * cell whether or not anything was reported (its `reported` is then null); `figures`
 * lists the cells that were, so it needs one statement per batch of units.
 */
export function createFigureFieldsResolver<Unit extends { code: string }, Cell extends object>(
  unitType: ClassType<Unit>,
  cell: CellShape<Cell>,
) {
  @Resolver(() => unitType)
  class FigureFieldsResolver {
    @FieldResolver(() => cell.type, {
      description: 'The cell for one metric and period; reported is null when nothing was.',
    })
    @DirectField()
    figure(@Root() unit: Unit, @Args(() => FigureArgs) args: FigureArgs): Cell {
      const metric = readMetric('metric', args.metric);
      return cell.make(unit.code, metric.code, readPeriodArgument('period', args.period));
    }

    @FieldResolver(() => [cell.type], {
      description:
        'One cell per metric for a period, reported or not, in the order asked: a whole ' +
        "unit's report (or an audit of it) in one field, which a gateway fetches at once.",
    })
    @DirectField()
    cells(@Root() unit: Unit, @Args(() => CellsArgs) args: CellsArgs): Cell[] {
      const period = readPeriodArgument('period', args.period);
      const metrics = args.metrics
        ? args.metrics.map((code) => readMetric('metrics', code).code)
        : METRICS.map((metric) => metric.code);
      return metrics.map((metric) => cell.make(unit.code, metric, period));
    }

    @FieldResolver(() => [cell.type], {
      description: 'Every reported cell, in metric then period order.',
    })
    async figures(
      @Root() unit: Unit,
      @Args(() => FiguresArgs) args: FiguresArgs,
      @Ctx() { loaders }: FigureContext,
    ): Promise<Cell[]> {
      const period = args.period ? readPeriodArgument('period', args.period) : null;
      const rows = await loaders.figuresByCode.load(orgPeriodKey(unit.code, period));
      return rows.map((row) => cell.make(row.code, row.metric, row.period));
    }
  }
  return FigureFieldsResolver;
}

const valueOrNull = (row: FigureRow | null): Value | null => (row ? toValue(row) : null);

/**
 * A cell's value, without a promise when a list statement read it (one per row of a report)
 * or the loader holds it. A listed row holds only the columns its list's subtree asked for,
 * which are those of the Value fields asked here or more; the Value made from it leaves the
 * others undefined, and execution never reads them.
 */
function readValue(
  loaders: FigureLoaders,
  code: string,
  metric: string,
  period: string,
  info: GraphQLResolveInfo,
): Value | null | Promise<Value | null> {
  const listed = loaders.listedFigures.read(code, metric, period, askedValueFields(info));
  if (listed !== undefined) return valueOrNull(listed as FigureRow | null);
  const row = loaders.figureByCell.read(cellKey({ code, metric, period }));
  return row instanceof Promise ? row.then(valueOrNull) : valueOrNull(row);
}

/** `reported` and `totalReported` on a level's cell type, owned by that level's subgraph. */
export function createReportedResolver<Cell extends { metric: string; period: string }>(
  cell: CellShape<Cell>,
) {
  @Resolver(() => cell.type)
  class ReportedResolver {
    @FieldResolver(() => Value, {
      nullable: true,
      description: 'What this level reported, as printed; null when nothing was.',
    })
    @DirectField()
    reported(
      @Root() root: Cell,
      @Ctx() { loaders }: FigureContext,
      @Info() info: GraphQLResolveInfo,
    ): Value | null | Promise<Value | null> {
      return readValue(loaders, cell.codeOf(root), root.metric, root.period, info);
    }

    @FieldResolver(() => Value, {
      nullable: true,
      description:
        'For an "of which" metric (migrant_worker_members of members), what this unit reported ' +
        'for its total in the same period; null for other metrics or when nothing was.',
    })
    @DirectField()
    totalReported(
      @Root() root: Cell,
      @Ctx() { loaders }: FigureContext,
      @Info() info: GraphQLResolveInfo,
    ): Value | null | Promise<Value | null> {
      const totalOf = metricByCode(root.metric)?.totalOf;
      if (!totalOf) return null;
      return readValue(loaders, cell.codeOf(root), totalOf, root.period, info);
    }
  }
  return ReportedResolver;
}

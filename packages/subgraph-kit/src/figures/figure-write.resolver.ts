import { type EntityName } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { cellKey, type Viewer } from '@union/domain';
import type DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { type FigureChangeRow } from './figure-change-row';
import { FigureChange } from './figure-change.type';
import { type CellShape } from './figure-fields.resolver';
import { type FigureRow } from './figure-row';
import { CELL_FIELDS, type FigureFields } from './figure-row-fields';
import { type ListedFigures } from './listed-figures';
import { FigureInput, RetractInput } from './figure-write.input';
import { recordFigure, retractFigure, type WriteRequest } from './figure-writes';
import { importFigures } from './figure-import';
import { FigureImportInput, FigureImportReport } from './figure-import.types';
import { type ReportRuntime } from '../reports/report-settings';
import { type ReportTables } from '../reports/report-store';

/** What a level's write fields need from its request context. */
export interface FigureWriteContext {
  em: SqlEntityManager;
  requestId: string;
  viewer: Viewer | null;
  reports: ReportRuntime;
  loaders: {
    figureByCell: DataLoader<string, FigureRow | null>;
    listedFigures: ListedFigures<Partial<FigureRow>>;
    historyByCell: DataLoader<string, FigureChangeRow[]>;
    unitByCode: DataLoader<string, object | null>;
  };
}

export interface FigureWriteOptions<Cell extends { metric: string; period: string }, Unit> {
  /** Province, City or District: the mutations are record<Level>Figure, retract<Level>Figure. */
  level: 'Province' | 'City' | 'District';
  cell: CellShape<Cell>;
  figure: EntityName<FigureRow>;
  change: EntityName<FigureChangeRow>;
  /** The level's reports, which lock their cells once submitted (report-entry-guard.ts). */
  reports: ReportTables;
  /** The unit's parent (who decides on its report); null for a province. */
  parentOf(unit: Unit): string | null;
}

/**
 * The write side of one level's cells: `record<Level>Figure` and `retract<Level>Figure`,
 * owned by that level's subgraph, and `version`, `updatedAt`, `updatedBy`, `history` on its
 * cell type. A write answers with the cell, so `reported`, rollups and audits can be asked
 * for in the same request and reflect it.
 */
export function createFigureWriteResolver<
  Cell extends { metric: string; period: string },
  Unit extends { code: string },
>(options: FigureWriteOptions<Cell, Unit>) {
  const { cell, level } = options;
  const tables = { figure: options.figure, change: options.change };
  const keyOf = (root: Cell) =>
    cellKey({ code: cell.codeOf(root), metric: root.metric, period: root.period });
  /** The cell's figure row: the one its list read when that holds `field`, else the whole row. */
  const rowOf = async (
    root: Cell,
    loaders: FigureWriteContext['loaders'],
    field: FigureFields,
  ): Promise<Partial<FigureRow> | null> => {
    const listed = loaders.listedFigures.read(cell.codeOf(root), root.metric, root.period, field);
    return listed !== undefined ? listed : loaders.figureByCell.load(keyOf(root));
  };
  const request = (context: FigureWriteContext): WriteRequest => ({
    em: context.em,
    viewer: context.viewer,
    requestId: context.requestId,
    findUnit: async (code: string) => {
      const unit = (await context.loaders.unitByCode.load(code)) as Unit | null;
      return unit === null ? null : { code: unit.code, parent: options.parentOf(unit) };
    },
    reports: { tables: options.reports, runtime: context.reports },
  });

  @Resolver(() => cell.type)
  class FigureWriteResolver {
    @Mutation(() => cell.type, {
      name: `record${level}Figure`,
      description:
        `Records or corrects a ${level.toLowerCase()} figure from its printed text. Needs a ` +
        'reporter or admin token covering the unit, and the version read (null for a new ' +
        'figure); a stale version is CONFLICT with the current figure in extensions.',
    })
    async record(
      @Arg('input', () => FigureInput) input: FigureInput,
      @Ctx() context: FigureWriteContext,
    ): Promise<Cell> {
      const key = await recordFigure(request(context), tables, input);
      return cell.make(key.code, key.metric, key.period);
    }

    @Mutation(() => cell.type, {
      name: `retract${level}Figure`,
      description: 'Withdraws a figure, with a reason; its history keeps what it was.',
    })
    async retract(
      @Arg('input', () => RetractInput) input: RetractInput,
      @Ctx() context: FigureWriteContext,
    ): Promise<Cell> {
      const key = await retractFigure(request(context), tables, input);
      return cell.make(key.code, key.metric, key.period);
    }

    @Mutation(() => FigureImportReport, {
      name: `import${level}Figures`,
      description:
        `Imports a file's ${level.toLowerCase()} rows, all or none: every row is checked ` +
        '(unit at this level, metric, period, text, the token covering the unit, the report ' +
        'open for entry, expectedVersion where given) and then all are written in one ' +
        'transaction with IMPORTED history rows naming the file, or none is and the report ' +
        'lists every problem by row and column. dryRun reports the same and writes nothing.',
    })
    import(
      @Arg('input', () => FigureImportInput) input: FigureImportInput,
      @Ctx() context: FigureWriteContext,
    ): Promise<FigureImportReport> {
      return importFigures(request(context), tables, input);
    }

    @FieldResolver(() => Int, {
      description:
        'The version to name in expectedVersion: of the current figure, or of the last ' +
        'change of a retracted one; 0 for a cell never written.',
    })
    async version(@Root() root: Cell, @Ctx() { loaders }: FigureWriteContext): Promise<number> {
      const row = await rowOf(root, loaders, CELL_FIELDS.version);
      if (row) return row.version!;
      return (await loaders.historyByCell.load(keyOf(root)))[0]?.version ?? 0;
    }

    @FieldResolver(() => String, {
      nullable: true,
      description: 'When the figure was last written.',
    })
    async updatedAt(
      @Root() root: Cell,
      @Ctx() { loaders }: FigureWriteContext,
    ): Promise<string | null> {
      return (await rowOf(root, loaders, CELL_FIELDS.updatedAt))?.updatedAt ?? null;
    }

    @FieldResolver(() => String, {
      nullable: true,
      description: 'Who last wrote it (a sub, or seed).',
    })
    async updatedBy(
      @Root() root: Cell,
      @Ctx() { loaders }: FigureWriteContext,
    ): Promise<string | null> {
      return (await rowOf(root, loaders, CELL_FIELDS.updatedBy))?.updatedBy ?? null;
    }

    @FieldResolver(() => [FigureChange], { description: 'Every change of the cell, newest first.' })
    history(@Root() root: Cell, @Ctx() { loaders }: FigureWriteContext): Promise<FigureChange[]> {
      return loaders.historyByCell.load(keyOf(root));
    }
  }
  return FigureWriteResolver;
}

import {
  type EntityName,
  type FilterQuery,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import {
  cellKey,
  FIGURE_FIELDS,
  type FigureRecord,
  type ReportUnit,
  type Viewer,
} from '@union/domain';
import { GraphQLError } from 'graphql';
import { unauthenticated } from '../auth/auth-errors';
import { findPlain } from '../orm/find-plain';
import { type EntryPermit, guardEntry, recordCorrection } from '../reports/report-entry-guard';
import { type FigureChangeRow } from './figure-change-row';
import {
  type FigureImportInput,
  type FigureImportReport,
  type FigureImportRow,
  type ImportChange,
  type ImportProblem,
} from './figure-import.types';
import { type FigureRow } from './figure-row';
import {
  assertInPeriod,
  type CellKey,
  changeRow,
  figureFromInput,
  type FigureTables,
  readCell,
  type WriteRequest,
} from './figure-writes';

/** A row that passed every check that needs no transaction. */
interface CheckedRow {
  row: FigureImportRow;
  cell: CellKey;
  unit: ReportUnit;
  viewer: Viewer;
  figure: FigureRecord;
}

/** Thrown at the end of a dry run or an import with problems, to roll everything back. */
class RollBack extends Error {
  constructor(readonly report: FigureImportReport) {
    super('import rolled back');
  }
}

/** CONFLICT for a cell another writer changed while the import ran; nothing was written. */
function concurrentWrite(cell: CellKey | null): GraphQLError {
  const which = cell ? `the cell ${cell.code} ${cell.metric} ${cell.period}` : 'a cell of the file';
  return new GraphQLError(
    `${which} was written by someone else while the import ran; nothing was imported, run it again`,
    { extensions: { code: 'CONFLICT' } },
  );
}

/** A GraphQL error from a check becomes a problem naming the row and the column. */
function problemOf(row: number, fallbackColumn: string, error: GraphQLError): ImportProblem {
  const argument = error.extensions.argumentName;
  const column = typeof argument === 'string' ? argument : fallbackColumn;
  return {
    row,
    column,
    code: String(error.extensions.code ?? 'BAD_USER_INPUT'),
    message: error.message.replace(`Argument "${column}": `, ''),
  };
}

/** Runs one check; a GraphQL error (but not a missing token) becomes the row's problem. */
async function check<T>(
  row: number,
  column: string,
  problems: ImportProblem[],
  run: () => Promise<T> | T,
): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code === 'UNAUTHENTICATED') {
      throw error;
    }
    problems.push(problemOf(row, column, error));
    return null;
  }
}

/** The checks every row gets before the transaction: unit, metric, period, text, scope. */
async function checkRow(
  request: WriteRequest,
  row: FigureImportRow,
  problems: ImportProblem[],
): Promise<CheckedRow | null> {
  const read = await check(row.row, 'code', problems, () =>
    readCell(request, row.code, row.metric, row.period),
  );
  if (read === null) return null;
  const { cell, viewer, unit } = read;
  const figure = await check(row.row, 'period', problems, () => {
    assertInPeriod(cell);
    const source =
      row.document || row.quote ? { document: row.document ?? '', quote: row.quote ?? '' } : null;
    return figureFromInput({ ...row, source, expectedVersion: null, reason: null }, cell);
  });
  return figure === null ? null : { row, cell, unit, viewer, figure };
}

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's parameter limits. */
const INSERT_CHUNK = 200;
/** Codes per read of the cells: an IN list each store takes comfortably. */
const READ_CHUNK = 500;

/**
 * The stored figures of the cells, and for cells with none the last version their history
 * reached (a retracted cell goes on from it): a few statements for a whole batch.
 */
async function readCells<Row extends FigureRow, Change extends FigureChangeRow>(
  tx: SqlEntityManager,
  tables: FigureTables<Row, Change>,
  cells: readonly CellKey[],
): Promise<{ stored: Map<string, FigureRow>; latest: Map<string, number> }> {
  const stored = new Map<string, FigureRow>();
  const latest = new Map<string, number>();
  const codes = [...new Set(cells.map((c) => c.code))];
  const metrics = [...new Set(cells.map((c) => c.metric))];
  const periods = [...new Set(cells.map((c) => c.period))];
  for (let i = 0; i < codes.length; i += READ_CHUNK) {
    const where = {
      code: { $in: codes.slice(i, i + READ_CHUNK) },
      metric: { $in: metrics },
      period: { $in: periods },
    };
    const rows = await findPlain(tx, tables.figure as EntityName<FigureRow>, where);
    for (const row of rows) stored.set(cellKey(row), row);
    const changes = (await tx
      .createQueryBuilder(tables.change)
      .select(['code', 'metric', 'period', 'version'])
      .where(where)
      .execute('all', false)) as {
      code: string;
      metric: string;
      period: string;
      version: number;
    }[];
    for (const change of changes) {
      const key = cellKey(change);
      latest.set(key, Math.max(latest.get(key) ?? 0, Number(change.version)));
    }
  }
  return { stored, latest };
}

/** The same figure, field by field (the store may give numbers back as strings). */
function sameFigure(stored: FigureRow, figure: FigureRecord): boolean {
  return FIGURE_FIELDS.every((field) => {
    const a = stored[field] as unknown;
    const b = figure[field] as unknown;
    if (typeof b === 'number') return a !== null && Number(a) === b;
    if (typeof b === 'boolean') return Boolean(a) === b;
    return (a ?? null) === (b ?? null);
  });
}

/**
 * Imports one level's rows of a file, all or none. Every row is checked first (unit at this
 * level, metric, period, text, the viewer's scope); then, in one transaction, each cell's
 * report is locked and asked (LOCKED, PERIOD_CLOSED), an expectedVersion is compared, and the
 * row is written with an IMPORTED history row naming the file. Any problem, or a dry run,
 * rolls the whole transaction back, so a dry run reports exactly what the import would do.
 * A row whose cell already holds the same figure is UNCHANGED and not written, so importing
 * the same file twice changes nothing the second time.
 */
export async function importFigures<Row extends FigureRow, Change extends FigureChangeRow>(
  request: WriteRequest,
  tables: FigureTables<Row, Change>,
  input: FigureImportInput,
): Promise<FigureImportReport> {
  if (request.viewer === null) {
    throw unauthenticated('importing figures needs a token (Authorization: Bearer <token>)');
  }
  const dryRun = input.dryRun ?? false;
  const problems: ImportProblem[] = [];
  const checked: CheckedRow[] = [];
  const firstRowOfCell = new Map<string, number>();
  // Checked together, so the unit look-ups of a whole batch are one statement (DataLoader).
  const results = await Promise.all(input.rows.map((row) => checkRow(request, row, problems)));
  for (const result of results) {
    if (result === null) continue;
    const key = cellKey(result.cell);
    const first = firstRowOfCell.get(key);
    if (first !== undefined) {
      problems.push({
        row: result.row.row,
        column: 'code',
        code: 'BAD_USER_INPUT',
        message: `the cell ${result.cell.code} ${result.cell.metric} ${result.cell.period} is also in row ${first}`,
      });
      continue;
    }
    firstRowOfCell.set(key, result.row.row);
    checked.push(result);
  }
  const reason = `imported from ${input.fileName}`;
  try {
    return await request.em.transactional(async (tx: SqlEntityManager) => {
      const changes: ImportChange[] = [];
      const at = new Date().toISOString();
      // First every cell's report, locked until the transaction ends (report-entry-guard.ts):
      // once per report, except an admin's correction of an approved one, counted per cell.
      const permits = new Map<string, EntryPermit>();
      const allowed: (CheckedRow & { permit: EntryPermit })[] = [];
      for (const checkedRow of checked) {
        const { row, cell, unit, viewer } = checkedRow;
        const reportKey = `${cell.code} ${cell.period}`;
        const permit =
          permits.get(reportKey) ??
          (await check(row.row, 'period', problems, () =>
            guardEntry(tx, request.reports, unit, cell, viewer, reason),
          ));
        if (permit === null) continue;
        if (!permit.correction) permits.set(reportKey, permit);
        allowed.push({ ...checkedRow, permit });
      }
      const { stored, latest } = await readCells(
        tx,
        tables,
        allowed.map((r) => r.cell),
      );
      const inserts: Row[] = [];
      const history: Change[] = [];
      for (const { row, cell, viewer, figure, permit } of allowed) {
        const before = (stored.get(cellKey(cell)) ?? null) as Row | null;
        const current = before?.version ?? latest.get(cellKey(cell)) ?? 0;
        if (
          row.expectedVersion !== null &&
          row.expectedVersion !== undefined &&
          row.expectedVersion !== current
        ) {
          problems.push({
            row: row.row,
            column: 'expectedVersion',
            code: 'CONFLICT',
            message: `the cell ${cell.code} ${cell.metric} ${cell.period} is at version ${current}${before ? ` (${before.text})` : ' (no figure)'}, the file expects ${row.expectedVersion}`,
          });
          continue;
        }
        const base = { row: row.row, ...cell, oldText: before?.text ?? null, newText: figure.text };
        if (before !== null && sameFigure(before, figure)) {
          changes.push({ ...base, outcome: 'UNCHANGED', version: current });
          continue;
        }
        const version = current + 1;
        const written = { ...figure, version, updatedAt: at, updatedBy: viewer.sub };
        if (before === null) {
          inserts.push(written as Row);
        } else {
          const updated = await tx.nativeUpdate(
            tables.figure,
            { ...cell, version: current } as FilterQuery<Row>,
            written as never,
          );
          // Another writer got there between the read and this update (PostgreSQL re-checks
          // the version after that writer commits): the whole import stops, nothing written.
          if (updated !== 1) throw concurrentWrite(cell);
        }
        const change = {
          at,
          by: viewer.sub,
          action: 'IMPORTED' as const,
          reason,
          requestId: request.requestId,
        };
        history.push(changeRow(cell, version, change, before, figure) as Change);
        if (permit.correction) {
          const correction = { at, by: viewer.sub, reason, requestId: request.requestId };
          await recordCorrection(tx, request.reports, cell, permit, correction);
        }
        changes.push({ ...base, outcome: before === null ? 'CREATED' : 'CHANGED', version });
      }
      // New cells in a few multi-row statements; a second writer creating one of them
      // meanwhile fails the insert on the primary key, and nothing is written.
      for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
        await tx.insertMany(tables.figure, inserts.slice(i, i + INSERT_CHUNK));
      }
      for (let i = 0; i < history.length; i += INSERT_CHUNK) {
        await tx.insertMany(tables.change, history.slice(i, i + INSERT_CHUNK));
      }
      const count = (outcome: ImportChange['outcome']) =>
        changes.filter((c) => c.outcome === outcome).length;
      const report: FigureImportReport = {
        written: problems.length === 0 && !dryRun,
        dryRun,
        created: count('CREATED'),
        changed: count('CHANGED'),
        unchanged: count('UNCHANGED'),
        problems: problems.sort((a, b) => a.row - b.row),
        changes,
      };
      if (!report.written) throw new RollBack(report);
      return report;
    });
  } catch (error) {
    if (error instanceof RollBack) return error.report;
    // Two writers creating the same empty cell: the second insert fails on the primary key.
    if (error instanceof UniqueConstraintViolationException) {
      throw concurrentWrite(null);
    }
    throw error;
  }
}

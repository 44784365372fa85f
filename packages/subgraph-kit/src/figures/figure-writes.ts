import {
  type EntityName,
  type FilterQuery,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import {
  FIGURE_FIELDS,
  type FigureRecord,
  loadDivisionHistory,
  parseValue,
  type ReportUnit,
  ValueParseError,
  type Viewer,
  whyCannotWrite,
  whyNotInPeriod,
} from '@union/domain';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../auth/auth-errors';
import { assertDivisionCode } from '../graphql/arguments';
import { badUserInput } from '../graphql/errors';
import { readMetric } from '../metrics/metric-argument';
import { guardEntry, recordCorrection, type ReportGuard } from '../reports/report-entry-guard';
import { type ChangeAction, type FigureChangeRow } from './figure-change-row';
import { type FigureRow } from './figure-row';
import { type FigureInput, type RetractInput } from './figure-write.input';
import { readPeriodArgument } from './period-argument';

/** A level's figure table and its history table. */
export interface FigureTables<Row extends FigureRow, Change extends FigureChangeRow> {
  figure: EntityName<Row>;
  change: EntityName<Change>;
}

/** Who writes, and the request the history rows name. */
export interface WriteRequest {
  em: SqlEntityManager;
  viewer: Viewer | null;
  requestId: string;
  /** The unit with this code at this subgraph's level and its parent; null when none. */
  findUnit(code: string): Promise<ReportUnit | null>;
  /** The cell's report decides whether the write may go ahead (LOCKED, PERIOD_CLOSED). */
  reports: ReportGuard;
}

/** Thrown inside a write's transaction to roll it back: the cell moved on since it was read. */
export class StaleWrite extends Error {}

/** Runs a write's transaction; a stale version or a lost insert race comes back as false. */
async function inTransaction(
  em: SqlEntityManager,
  write: (tx: SqlEntityManager) => Promise<void>,
): Promise<boolean> {
  try {
    await em.transactional(write);
    return true;
  } catch (error) {
    if (error instanceof StaleWrite || error instanceof UniqueConstraintViolationException) {
      return false;
    }
    throw error;
  }
}

const LIMITS = { text: 200, reading: 200, note: 2000, document: 500, quote: 4000, reason: 2000 };

export type CellKey = { code: string; metric: string; period: string };

function checkLength(field: keyof typeof LIMITS, value: string | null | undefined): void {
  if (value !== null && value !== undefined && value.length > LIMITS[field]) {
    throw badUserInput(field, `at most ${LIMITS[field]} characters, got ${value.length}`);
  }
}

/** The verified writer, or UNAUTHENTICATED / FORBIDDEN naming what was missing. */
function authorize(viewer: Viewer | null, code: string): Viewer {
  if (viewer === null) {
    throw unauthenticated('writing figures needs a token (Authorization: Bearer <token>)');
  }
  const why = whyCannotWrite(viewer, code);
  if (why !== null) throw forbidden(why);
  return viewer;
}

export async function readCell(
  request: WriteRequest,
  code: string,
  metric: string,
  period: string,
) {
  const cell = {
    code: assertDivisionCode('code', code),
    metric: readMetric('metric', metric).code,
    period: readPeriodArgument('period', period),
  };
  const viewer = authorize(request.viewer, cell.code);
  const unit = await request.findUnit(cell.code);
  if (unit === null) {
    throw badUserInput('code', `no unit at this level has the code ${cell.code}`);
  }
  return { cell, viewer, unit };
}

/**
 * A figure belongs to a unit only for a period whose end the unit saw: its parent's rollup
 * reads the tree of that year, which would not count it. Retractions are not checked, so a
 * figure stored before this rule can still be withdrawn.
 */
export function assertInPeriod(cell: CellKey): void {
  const why = whyNotInPeriod(loadDivisionHistory(), cell.code, cell.period);
  if (why !== null) throw badUserInput('period', why);
}

/** The figure a FigureInput describes, read by the project's parser. */
export function figureFromInput(input: FigureInput, cell: CellKey): FigureRecord {
  for (const field of ['text', 'reading', 'note', 'reason'] as const)
    checkLength(field, input[field]);
  checkLength('document', input.source?.document);
  checkLength('quote', input.source?.quote);
  const read = input.reading ?? input.text;
  let parsed;
  try {
    parsed = parseValue(read);
  } catch (error) {
    if (error instanceof ValueParseError) {
      throw badUserInput(input.reading ? 'reading' : 'text', error.message);
    }
    throw error;
  }
  return {
    ...cell,
    text: input.text,
    reading: input.reading ?? null,
    value: parsed.value,
    lower: parsed.lower,
    upper: parsed.upper,
    qualifier: parsed.qualifier,
    unit: parsed.unit || readMetric('metric', cell.metric).unit,
    document: input.source?.document ?? null,
    quote: input.source?.quote ?? null,
    note: input.note ?? null,
    complete: input.complete ?? false,
  };
}

export const recordJson = (row: FigureRecord | null): string | null =>
  row === null
    ? null
    : JSON.stringify(Object.fromEntries(FIGURE_FIELDS.map((field) => [field, row[field]])));

/** A history row for a change from `before` to `after` (either may be null). */
export function changeRow(
  cell: CellKey,
  version: number,
  change: {
    at: string;
    by: string;
    action: ChangeAction;
    reason: string | null;
    requestId: string | null;
  },
  before: FigureRecord | null,
  after: FigureRecord | null,
): FigureChangeRow {
  return {
    code: cell.code,
    metric: cell.metric,
    period: cell.period,
    version,
    ...change,
    oldText: before?.text ?? null,
    newText: after?.text ?? null,
    oldLower: before?.lower ?? null,
    oldUpper: before?.upper ?? null,
    newLower: after?.lower ?? null,
    newUpper: after?.upper ?? null,
    oldRecord: recordJson(before),
    newRecord: recordJson(after),
  };
}

/**
 * CONFLICT: the cell is not at the version the writer read. The current state goes in the
 * extensions so a client can show both and let the person decide; nothing was written.
 */
async function conflict(
  em: SqlEntityManager,
  tables: FigureTables<FigureRow, FigureChangeRow>,
  cell: CellKey,
  expected: number | null,
): Promise<GraphQLError> {
  const current = await em.fork().findOne(tables.figure, cell);
  const latest = current?.version ?? (await latestVersion(em.fork(), tables, cell));
  const read = expected === null ? 'no figure' : `version ${expected}`;
  return new GraphQLError(
    `the cell ${cell.code} ${cell.metric} ${cell.period} changed since it was read: the write expected ${read}, it is at version ${latest}${current ? ` (${current.text})` : ' (no figure)'}`,
    {
      extensions: {
        code: 'CONFLICT',
        expectedVersion: expected,
        currentVersion: latest,
        current: current
          ? {
              text: current.text,
              lower: current.lower,
              upper: current.upper,
              updatedBy: current.updatedBy,
              updatedAt: current.updatedAt,
            }
          : null,
      },
    },
  );
}

/** The highest version a cell's history reached, 0 for a cell never written. */
export async function latestVersion(
  em: SqlEntityManager,
  tables: FigureTables<FigureRow, FigureChangeRow>,
  cell: CellKey,
): Promise<number> {
  const rows = await em
    .createQueryBuilder(tables.change)
    .select('version')
    .where(cell)
    .orderBy({ version: 'desc' })
    .limit(1)
    .execute('all', false);
  return (rows as { version: number }[])[0]?.version ?? 0;
}

/**
 * Records or corrects a cell's figure from its printed text. The write names the version it
 * read; the figure and its history row are written in one transaction, and the figure's
 * update is conditional on that version, so of two writers from the same version exactly
 * one wins and the other gets CONFLICT, on SQLite and PostgreSQL alike.
 */
export async function recordFigure<Row extends FigureRow, Change extends FigureChangeRow>(
  request: WriteRequest,
  tables: FigureTables<Row, Change>,
  input: FigureInput,
  action: 'RECORDED' | 'IMPORTED' = 'RECORDED',
): Promise<CellKey> {
  const { cell, viewer, unit } = await readCell(request, input.code, input.metric, input.period);
  assertInPeriod(cell);
  const figure = figureFromInput(input, cell);
  const expected = input.expectedVersion ?? null;
  const at = new Date().toISOString();
  const generic = tables as unknown as FigureTables<FigureRow, FigureChangeRow>;
  const written = await inTransaction(request.em, async (tx) => {
    // First the report: a submitted or approved report, or a closed period, refuses the
    // write, and the report stays locked until this transaction ends (report-store.ts).
    const permit = await guardEntry(tx, request.reports, unit, cell, viewer, input.reason);
    const correction = async () => {
      if (!permit.correction) return;
      const change = { at, by: viewer.sub, reason: input.reason!, requestId: request.requestId };
      await recordCorrection(tx, request.reports, cell, permit, change);
    };
    if (expected === null) {
      const version = (await latestVersion(tx, generic, cell)) + 1;
      // A second writer racing for the same empty cell fails here on the primary key.
      await tx.insert(tables.figure, {
        ...figure,
        version,
        updatedAt: at,
        updatedBy: viewer.sub,
      } as Row);
      const change = {
        at,
        by: viewer.sub,
        action,
        reason: input.reason ?? null,
        requestId: request.requestId,
      };
      await tx.insert(tables.change, changeRow(cell, version, change, null, figure) as Change);
      await correction();
      return;
    }
    const before = (await tx.findOne(tables.figure, cell as FilterQuery<Row>)) as Row | null;
    if (before === null || before.version !== expected) throw new StaleWrite();
    const updated = await tx.nativeUpdate(
      tables.figure,
      { ...cell, version: expected } as FilterQuery<Row>,
      { ...figure, version: expected + 1, updatedAt: at, updatedBy: viewer.sub } as never,
    );
    // The version condition makes the update itself the arbiter: of two writers that both
    // read `expected`, the second finds no row at that version (PostgreSQL re-checks it
    // after the first commits; SQLite runs one write transaction at a time).
    if (updated !== 1) throw new StaleWrite();
    const change = {
      at,
      by: viewer.sub,
      action: action === 'IMPORTED' ? action : ('CORRECTED' as const),
      reason: input.reason ?? null,
      requestId: request.requestId,
    };
    await tx.insert(tables.change, changeRow(cell, expected + 1, change, before, figure) as Change);
    await correction();
  });
  if (!written) throw await conflict(request.em, generic, cell, expected);
  return cell;
}

/** Withdraws a cell's figure: the row goes, a RETRACTED history row keeps what it was. */
export async function retractFigure<Row extends FigureRow, Change extends FigureChangeRow>(
  request: WriteRequest,
  tables: FigureTables<Row, Change>,
  input: RetractInput,
): Promise<CellKey> {
  const { cell, viewer, unit } = await readCell(request, input.code, input.metric, input.period);
  checkLength('reason', input.reason);
  if (input.reason.trim() === '') throw badUserInput('reason', 'a retraction needs a reason');
  const at = new Date().toISOString();
  const generic = tables as unknown as FigureTables<FigureRow, FigureChangeRow>;
  const done = await inTransaction(request.em, async (tx) => {
    const permit = await guardEntry(tx, request.reports, unit, cell, viewer, input.reason);
    const before = (await tx.findOne(tables.figure, cell as FilterQuery<Row>)) as Row | null;
    if (before === null || before.version !== input.expectedVersion) throw new StaleWrite();
    const deleted = await tx.nativeDelete(tables.figure, {
      ...cell,
      version: input.expectedVersion,
    } as FilterQuery<Row>);
    if (deleted !== 1) throw new StaleWrite();
    const change = {
      at,
      by: viewer.sub,
      action: 'RETRACTED' as const,
      reason: input.reason,
      requestId: request.requestId,
    };
    await tx.insert(
      tables.change,
      changeRow(cell, input.expectedVersion + 1, change, before, null) as Change,
    );
    if (permit.correction) {
      const correction = { at, by: viewer.sub, reason: input.reason, requestId: request.requestId };
      await recordCorrection(tx, request.reports, cell, permit, correction);
    }
  });
  if (!done) throw await conflict(request.em, generic, cell, input.expectedVersion);
  return cell;
}

import path from 'node:path';
import { type DivisionLevel, type FigureFileRow, isRowProblem, levelOfCode } from '@union/domain';
import { GatewayError, requestGateway } from './gateway-request';
import {
  type ImportChange,
  type ImportProblem,
  type ImportReport,
  type ImportRollback,
} from './import-report';
import { type PriorCell, readPriorCells, undoChange } from './import-undo';
import { readFigureFile } from './read-figure-file';

const MUTATION: Record<DivisionLevel, string> = {
  PROVINCE: 'importProvinceFigures',
  CITY: 'importCityFigures',
  DISTRICT: 'importDistrictFigures',
};

interface LevelReport {
  written: boolean;
  created: number;
  changed: number;
  unchanged: number;
  problems: ImportProblem[];
  changes: ImportChange[];
}

const importOperation = (level: DivisionLevel) => `mutation($input: FigureImportInput!) {
  result: ${MUTATION[level]}(input: $input) {
    written created changed unchanged
    problems { row column code message }
    changes { row code metric period outcome oldText newText version }
  }
}`;

/**
 * Rows per request. A level's rows up to this many go in one request and one transaction;
 * a larger level is sent in batches, each its own transaction, which keeps a request well
 * under the servers' body limit (10 MB) on the national scale.
 */
export const IMPORT_BATCH_ROWS = 5_000;

function batchesOf<T>(rows: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) {
    batches.push(rows.slice(start, start + size));
  }
  return batches;
}

/** Where a write step is: the level, its batch (1-based) and how many batches it has. */
export interface ImportStep {
  level: DivisionLevel;
  batch: number;
  batches: number;
}

export interface ImportOptions {
  file: string;
  gateway: string;
  token: string | null;
  dryRun: boolean;
  /**
   * Test seam: runs before each batch is written, after every dry run and the read of the
   * cells' prior state; a test writes a cell here to play a concurrent writer. Not a CLI
   * option.
   */
  beforeWrite?: (step: ImportStep, written: number) => Promise<void>;
  /** Test seam: rows per batch instead of IMPORT_BATCH_ROWS, to make batches of a small file. */
  batchRows?: number;
}

const cellOf = (c: { code: string; metric: string; period: string }) =>
  `${c.code} ${c.metric} ${c.period}`;

/**
 * Imports a figure file through the gateway as the token's user, all or nothing. The file is
 * streamed and its rows sorted by the level their code names (each level's subgraph owns
 * its figures). Every level first checks its rows in a dry run, which locks and reads
 * everything a write would and rolls back; only when no level finds a problem are the levels
 * written, each in one transaction (a level of more than IMPORT_BATCH_ROWS rows: one per
 * batch). A file with any problem, from the format or any level, writes nothing and the
 * report names every problem by row and column.
 *
 * Across levels and batches the import is a saga: before writing, the state of every cell it
 * will create or change is read, and every row is sent with the version it was checked at,
 * so a cell another user wrote meanwhile refuses its batch (CONFLICT) instead of being
 * overwritten. When a batch is refused, every batch already written is undone, newest first
 * (a created cell retracted, a changed one recorded again as it was, each only if it still
 * holds what the import wrote); a cell someone changed after the import wrote it is left as
 * they wrote it and reported in rollback.notUndone.
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const fileName = path.basename(options.file);
  const byLevel = new Map<DivisionLevel, FigureFileRow[]>();
  const problems: ImportProblem[] = [];
  let rows = 0;
  for await (const row of readFigureFile(options.file)) {
    rows += 1;
    if (isRowProblem(row)) {
      problems.push({ ...row, code: 'BAD_USER_INPUT' });
      continue;
    }
    const level = levelOfCode(row.code);
    const list = byLevel.get(level) ?? [];
    list.push(row);
    byLevel.set(level, list);
  }
  const levels = (['PROVINCE', 'CITY', 'DISTRICT'] as const).filter((l) => byLevel.has(l));
  const batches = levels.flatMap((level) => {
    const ofLevel = batchesOf(byLevel.get(level)!, options.batchRows ?? IMPORT_BATCH_ROWS);
    return ofLevel.map((rows, i) => ({
      step: { level, batch: i + 1, batches: ofLevel.length } as ImportStep,
      rows,
    }));
  });
  const send = async (batch: { step: ImportStep; rows: FigureFileRow[] }, dryRun: boolean) =>
    (
      await requestGateway<{ result: LevelReport }>(
        options.gateway,
        options.token,
        importOperation(batch.step.level),
        { input: { fileName, dryRun, rows: batch.rows } },
      )
    ).result;
  const checks: LevelReport[] = [];
  for (const batch of batches) checks.push(await send(batch, true));
  problems.push(...checks.flatMap((check) => check.problems));
  let results = checks;
  let rollback: ImportRollback | null = null;
  const write = !options.dryRun && problems.length === 0;
  if (write) {
    // The state before the import of every cell it will write: a changed cell read through
    // the gateway (every field a restore needs), a created one known empty from the check.
    const prior = new Map<string, PriorCell>();
    /** The version the check saw, per cell: the rows name it, so a later write is CONFLICT. */
    const checked = new Map<string, number>();
    for (const [i, batch] of batches.entries()) {
      const changed: ImportChange[] = [];
      for (const change of checks[i]!.changes) {
        const { code, metric, period } = change;
        const version = change.outcome === 'UNCHANGED' ? change.version : change.version - 1;
        checked.set(cellOf(change), version);
        if (change.outcome === 'CHANGED') changed.push(change);
        if (change.outcome === 'CREATED') {
          prior.set(cellOf(change), { code, metric, period, version, figure: null });
        }
      }
      // Read after the check: a cell written in between reads at a later version than the
      // check saw, and its batch is refused below, so it is never written nor undone.
      const read = await readPriorCells(options.gateway, options.token, batch.step.level, changed);
      for (const cell of read) prior.set(cellOf(cell), cell);
      batch.rows = batch.rows.map((row) => ({
        ...row,
        expectedVersion: row.expectedVersion ?? checked.get(cellOf(row)) ?? null,
      }));
    }
    results = [];
    let refused: ImportStep | null = null;
    for (const batch of batches) {
      await options.beforeWrite?.(batch.step, results.length);
      let result: LevelReport;
      try {
        result = await send(batch, false);
      } catch (error) {
        if (!(error instanceof GatewayError) || results.length === 0) throw error;
        // Refused as a whole (e.g. CONFLICT from a writer racing this batch's transaction).
        problems.push({
          row: batch.rows[0]!.row,
          column: 'code',
          code: error.code ?? 'GATEWAY_ERROR',
          message: error.message,
        });
        refused = batch.step;
        break;
      }
      problems.push(...result.problems);
      if (!result.written) {
        refused = batch.step;
        break;
      }
      results.push(result);
    }
    if (refused !== null) {
      rollback = {
        refusedAt: refused,
        undone: 0,
        notUndone: [],
      };
      const reason =
        `undoing the import of ${fileName}: ${refused.level} batch ${refused.batch} ` +
        `of ${refused.batches} was refused`;
      for (let b = results.length - 1; b >= 0; b -= 1) {
        const level = batches[b]!.step.level;
        const written = results[b]!.changes.filter((c) => c.outcome !== 'UNCHANGED');
        for (const change of [...written].reverse()) {
          const before = prior.get(cellOf(change));
          if (!before) {
            // Not expected (the write answered a cell the check did not): left, and reported.
            rollback.notUndone.push({
              ...{ row: change.row, code: change.code, metric: change.metric },
              ...{ period: change.period, importedVersion: change.version },
              reason: 'NO_PRIOR_STATE',
              message: 'the state before the import was not recorded for this cell',
              currentVersion: null,
            });
            continue;
          }
          const failure = await undoChange(
            options.gateway,
            options.token,
            level,
            change,
            before,
            reason,
          );
          if (failure) rollback.notUndone.push(failure);
          else rollback.undone += 1;
        }
      }
      rollback.notUndone.sort((a, b) => a.row - b.row);
      results = checks;
    }
  }
  const changes = results.flatMap((result) => result.changes).sort((a, b) => a.row - b.row);
  const count = (outcome: ImportChange['outcome']) =>
    changes.filter((change) => change.outcome === outcome).length;
  return {
    file: fileName,
    rows,
    dryRun: options.dryRun,
    written: write && rollback === null,
    partlyWritten: rollback !== null && rollback.notUndone.length > 0,
    rollback,
    created: count('CREATED'),
    changed: count('CHANGED'),
    unchanged: count('UNCHANGED'),
    levels: [...levels],
    problems: problems.sort((a, b) => a.row - b.row),
    changes,
  };
}

import path from 'node:path';
import { type DivisionLevel, type FigureFileRow, isRowProblem, levelOfCode } from '@union/domain';
import { GatewayError, requestGateway } from './gateway-request';
import { type ImportChange, type ImportProblem, type ImportReport } from './import-report';
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

function batchesOf<T>(rows: T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_ROWS) {
    batches.push(rows.slice(start, start + IMPORT_BATCH_ROWS));
  }
  return batches;
}

export interface ImportOptions {
  file: string;
  gateway: string;
  token: string | null;
  dryRun: boolean;
}

/**
 * Imports a figure file through the gateway as the token's user, all or nothing. The file is
 * streamed and its rows sorted by the level their code names (each level's subgraph owns
 * its figures). Every level first checks its rows in a dry run, which locks and reads
 * everything a write would and rolls back; only when no level finds a problem are the levels
 * written, each in one transaction (a level of more than IMPORT_BATCH_ROWS rows: one per
 * batch). A file with any problem, from the format or any level,
 * writes nothing and the report names every problem by row and column.
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
  const batches = levels.flatMap((level) =>
    batchesOf(byLevel.get(level)!).map((rows) => ({ level, rows })),
  );
  const send = async (batch: (typeof batches)[number], dryRun: boolean) =>
    (
      await requestGateway<{ result: LevelReport }>(
        options.gateway,
        options.token,
        importOperation(batch.level),
        { input: { fileName, dryRun, rows: batch.rows } },
      )
    ).result;
  const checks: LevelReport[] = [];
  for (const batch of batches) checks.push(await send(batch, true));
  problems.push(...checks.flatMap((check) => check.problems));
  let results = checks;
  const write = !options.dryRun && problems.length === 0;
  if (write) {
    results = [];
    for (const batch of batches) {
      let result: LevelReport;
      try {
        result = await send(batch, false);
      } catch (error) {
        if (!(error instanceof GatewayError) || results.length === 0) throw error;
        throw new GatewayError(
          `${results.length} of ${batches.length} batches were written before this one failed; ` +
            `run the import again to finish it (written rows come back UNCHANGED): ${error.message}`,
          error.code,
        );
      }
      results.push(result);
      // A writer that slipped in between the check and the write: this batch refused as a
      // whole; the batches before it are written (see docs/import-export.md).
      problems.push(...result.problems);
      if (!result.written) break;
    }
  }
  const changes = results.flatMap((result) => result.changes).sort((a, b) => a.row - b.row);
  const count = (outcome: ImportChange['outcome']) =>
    changes.filter((change) => change.outcome === outcome).length;
  return {
    file: fileName,
    rows,
    dryRun: options.dryRun,
    written: write && results.every((result) => result.written),
    partlyWritten: write && results.some((r) => r.written) && !results.every((r) => r.written),
    created: count('CREATED'),
    changed: count('CHANGED'),
    unchanged: count('UNCHANGED'),
    levels: [...levels],
    problems: problems.sort((a, b) => a.row - b.row),
    changes,
  };
}

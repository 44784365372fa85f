import { type SqlEntityManager } from '@mikro-orm/knex';
import { decideEntry, type ReportUnit, type Viewer } from '@union/domain';
import { entryRefused } from './report-errors';
import { type ReportRuntime } from './report-settings';
import { appendReportEvent, lockReport, type ReportTables } from './report-store';

/** What a level's figure writes need to ask the cell's report. */
export interface ReportGuard {
  tables: ReportTables;
  runtime: ReportRuntime;
}

type Cell = { code: string; metric: string; period: string };

/** What guardEntry lets through: the locked report row, and whether this is a correction. */
export interface EntryPermit {
  version: number;
  modifiedSinceApproval: number;
  correction: boolean;
}

/**
 * Inside a figure write's transaction, before the figure changes: locks the cell's report
 * and refuses the write with LOCKED or PERIOD_CLOSED when the report or the deadline says
 * so (decideEntry). The report stays locked until the write commits, so no decision on it
 * can slip between this check and the write.
 */
export async function guardEntry(
  tx: SqlEntityManager,
  guard: ReportGuard,
  unit: ReportUnit,
  cell: Cell,
  viewer: Viewer,
  reason: string | null | undefined,
): Promise<EntryPermit> {
  const key = { code: cell.code, period: cell.period };
  const row = await lockReport(tx, guard.tables, key);
  const verdict = decideEntry(
    viewer,
    {
      unit,
      period: cell.period,
      state: row.state,
      reopened: row.reopened,
      entryDays: guard.runtime.entryDays,
      now: guard.runtime.now(),
    },
    reason,
  );
  if (!verdict.allowed) throw entryRefused(verdict.code, verdict.message, key, row.state);
  return {
    version: row.version,
    modifiedSinceApproval: row.modifiedSinceApproval,
    correction: verdict.correction,
  };
}

/**
 * Inside the same transaction, after an admin's correction of an approved report's cell:
 * counts it as a modification since approval and records it as a report event naming the
 * cell and the reason. The report is locked by guardEntry, so its version cannot have moved.
 */
export async function recordCorrection(
  tx: SqlEntityManager,
  guard: ReportGuard,
  cell: Cell,
  permit: EntryPermit,
  change: { at: string; by: string; reason: string; requestId: string },
): Promise<void> {
  const key = { code: cell.code, period: cell.period };
  const appended = await appendReportEvent(
    tx,
    guard.tables,
    key,
    permit.version,
    { modifiedSinceApproval: permit.modifiedSinceApproval + 1 },
    {
      action: 'CORRECTED',
      fromState: 'APPROVED',
      toState: 'APPROVED',
      comment: change.reason,
      override: false,
      metric: cell.metric,
      requestId: change.requestId,
      at: change.at,
      by: change.by,
    },
  );
  if (!appended) throw new Error(`the report ${key.code} ${key.period} moved while locked`);
}

import { type EntityName, type FilterQuery, LockMode } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import { type ReportState } from '@union/domain';
import { type ReportEventRow } from './report-event-row';
import { type ReportRow } from './report-row';

/** A level's report table and its events table. */
export interface ReportTables {
  report: EntityName<ReportRow>;
  event: EntityName<ReportEventRow>;
}

export interface ReportKey {
  code: string;
  period: string;
}

/** Key of the report loaders: `code|period`. */
export function reportKey({ code, period }: ReportKey): string {
  return `${code}|${period}`;
}

export function parseReportKey(key: string): ReportKey {
  const [code = '', period = ''] = key.split('|');
  return { code, period };
}

/** A report as read: its row, or OPEN at version 0 when it has none. */
export interface ReportStatus {
  state: ReportState;
  version: number;
  reopened: boolean;
  modifiedSinceApproval: number;
}

export function statusOf(row: ReportRow | null): ReportStatus {
  return {
    state: row?.state ?? 'OPEN',
    version: row?.version ?? 0,
    reopened: row?.reopened ?? false,
    modifiedSinceApproval: row?.modifiedSinceApproval ?? 0,
  };
}

/** The report's current row read outside any request's cache (a fresh fork), or null. */
export async function readReport(
  em: SqlEntityManager,
  tables: ReportTables,
  key: ReportKey,
): Promise<ReportRow | null> {
  const rows = await em
    .fork()
    .createQueryBuilder(tables.report)
    .select('*')
    .where(key as FilterQuery<ReportRow>)
    .execute('all', true);
  return (rows as ReportRow[])[0] ?? null;
}

/**
 * Inside a transaction: makes the report's row if it has none (OPEN, version 0) and locks
 * it until the transaction ends, returning it. Every figure write and every decision on the
 * report goes through here first, so they meet on one row and take turns: on PostgreSQL a
 * submit waits for a write in progress (and the write after it sees SUBMITTED), where
 * without the row a write to a report that has none could slip past a concurrent submit.
 * The insert of a missing row waits for a concurrent insert of the same row to commit, then
 * does nothing. SQLite runs one transaction at a time on its single connection, so the lock
 * is a no-op there (knex leaves FOR UPDATE out).
 */
export async function lockReport(
  tx: SqlEntityManager,
  tables: ReportTables,
  key: ReportKey,
): Promise<ReportRow> {
  await tx
    .createQueryBuilder(tables.report)
    .insert({
      ...key,
      state: 'OPEN',
      version: 0,
      updatedAt: null,
      updatedBy: null,
      modifiedSinceApproval: 0,
      reopened: false,
    } as ReportRow)
    .onConflict(['code', 'period'])
    .ignore()
    .execute('run');
  const rows = await tx
    .createQueryBuilder(tables.report)
    .select('*')
    .where(key as FilterQuery<ReportRow>)
    .setLockMode(LockMode.PESSIMISTIC_WRITE)
    .execute('all', true);
  const row = (rows as ReportRow[])[0];
  if (!row) throw new Error(`the report ${key.code} ${key.period} vanished inside its transaction`);
  return row;
}

/** What an event changes on the report's row, besides its version. */
export type ReportChange = Partial<Pick<ReportRow, 'state' | 'modifiedSinceApproval' | 'reopened'>>;

/** The event to append: who did what from which state to which, and why. */
export type ReportEventInput = Pick<
  ReportEventRow,
  'action' | 'fromState' | 'toState' | 'comment' | 'override' | 'metric' | 'requestId' | 'at' | 'by'
>;

/**
 * Inside a transaction: moves the report from `version` on and appends its event. The update
 * is conditional on that version, so a decision taken on a state that moved on changes
 * nothing; false then, and the caller rolls back and answers CONFLICT.
 */
export async function appendReportEvent(
  tx: SqlEntityManager,
  tables: ReportTables,
  key: ReportKey,
  version: number,
  change: ReportChange,
  event: ReportEventInput,
): Promise<boolean> {
  const updated = await tx.nativeUpdate(
    tables.report,
    { ...key, version } as FilterQuery<ReportRow>,
    { ...change, version: version + 1, updatedAt: event.at, updatedBy: event.by } as never,
  );
  if (updated !== 1) return false;
  await tx.insert(tables.event, { ...key, version: version + 1, ...event } as ReportEventRow);
  return true;
}

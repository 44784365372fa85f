import { type Viewer } from '../identity/viewer';
import { entryClosesAt } from './entry-deadline';
import { whoDecides, type ReportUnit } from './report-permissions';
import { type ReportState } from './report-state';

/** The report a cell belongs to, as the write's transaction read it. */
export interface EntryContext {
  unit: ReportUnit;
  period: string;
  state: ReportState;
  /** An admin reopened this unit and period after its deadline. */
  reopened: boolean;
  /** Days after a period's end that entry stays open; null: no deadline. */
  entryDays: number | null;
  now: Date;
}

/**
 * Whether a write to a cell may go ahead. LOCKED: the report is submitted or approved.
 * PERIOD_CLOSED: the period's deadline passed and nobody reopened it. `correction` marks an
 * admin's change to an approved report, which the report counts and records as an event.
 */
export type EntryVerdict =
  | { allowed: true; correction: boolean }
  | { allowed: false; code: 'LOCKED' | 'PERIOD_CLOSED'; message: string };

/**
 * Decides a write by the (already authorized) viewer against the cell's report: its people
 * write while the report is OPEN or RETURNED and the period is open for entry; a SUBMITTED
 * report is locked for everyone until the level above returns it; an APPROVED one too,
 * except for an admin's correction with a reason (kept in the figure's history and counted
 * by the report as modified since approval).
 */
export function decideEntry(
  viewer: Viewer,
  context: EntryContext,
  reason: string | null | undefined,
): EntryVerdict {
  const { unit, period, state } = context;
  const report = `the ${period} report of ${unit.code}`;
  const closes = entryClosesAt(period, context.entryDays);
  if (closes !== null && context.now >= closes && !context.reopened) {
    const lastDay = new Date(closes.getTime() - 1).toISOString().slice(0, 10);
    return {
      allowed: false,
      code: 'PERIOD_CLOSED',
      message:
        `entry for ${period} closed after ${lastDay} (${context.entryDays} days after the ` +
        `period ended); an admin whose units cover ${unit.code} can reopen ${report}`,
    };
  }
  if (state === 'SUBMITTED') {
    return {
      allowed: false,
      code: 'LOCKED',
      message: `${report} is SUBMITTED: its figures are locked until ${whoDecides(unit)} returns it`,
    };
  }
  if (state === 'APPROVED') {
    if (!viewer.roles.includes('admin')) {
      return {
        allowed: false,
        code: 'LOCKED',
        message:
          `${report} is APPROVED: its figures are locked until ${whoDecides(unit)} returns ` +
          'it (an admin may correct a figure with a reason)',
      };
    }
    if (!reason || reason.trim() === '') {
      return {
        allowed: false,
        code: 'LOCKED',
        message: `${report} is APPROVED: an admin's correction of its figures needs a reason`,
      };
    }
    return { allowed: true, correction: true };
  }
  return { allowed: true, correction: false };
}

import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/knex';
import {
  nextReportState,
  type ReportAction,
  type ReportDecision,
  type ReportUnit,
  type Viewer,
  whyCannotDecide,
  whyCannotReopen,
  whyCannotSubmit,
} from '@union/domain';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../auth/auth-errors';
import { type FigureRow } from '../figures/figure-row';
import { readPeriodArgument } from '../figures/period-argument';
import { assertDivisionCode } from '../graphql/arguments';
import { badUserInput } from '../graphql/errors';
import {
  figuresDigest,
  readSealFor,
  type SealedCell,
  type SealedLevel,
  type SealPayload,
} from './audit-seal';
import { auditInconsistent, reportConflict } from './report-errors';
import { type ReportRuntime } from './report-settings';
import {
  appendReportEvent,
  lockReport,
  readReport,
  type ReportChange,
  type ReportKey,
  type ReportStatus,
  type ReportTables,
  statusOf,
} from './report-store';

/** Who decides, on which level's units. */
export interface DecisionRequest {
  em: SqlEntityManager;
  viewer: Viewer | null;
  requestId: string;
  runtime: ReportRuntime;
  /** The unit with this code at this subgraph's level and its parent; null when none. */
  findUnit(code: string): Promise<ReportUnit | null>;
}

export interface DecisionArgs {
  code: string;
  period: string;
  comment?: string | null;
  /**
   * The report's version as the decider read it; null: decide on whatever it is now. Without
   * it, a return that arrives just after another approver's approval would return the
   * approved report; with it, the return is CONFLICT and the decider sees the approval.
   */
  expectedVersion?: number | null;
}

const COMMENT_LIMIT = 2000;

/** Thrown inside a decision's transaction: the report moved on since it was read. */
class StaleDecision extends Error {}

function readComment(comment: string | null | undefined, required: string | null): string | null {
  const text = comment?.trim() ?? '';
  if (text.length > COMMENT_LIMIT) {
    throw badUserInput('comment', `at most ${COMMENT_LIMIT} characters, got ${text.length}`);
  }
  if (text === '' && required !== null) throw badUserInput('comment', required);
  return text === '' ? null : text;
}

/** The report's key and unit, and the verified viewer; refusals name what was missing. */
async function readDecision(
  request: DecisionRequest,
  args: DecisionArgs,
  why: (viewer: Viewer, unit: ReportUnit) => string | null,
): Promise<{ key: ReportKey; unit: ReportUnit; viewer: Viewer }> {
  const key = {
    code: assertDivisionCode('code', args.code),
    period: readPeriodArgument('period', args.period),
  };
  if (request.viewer === null) {
    throw unauthenticated('deciding on a report needs a token (Authorization: Bearer <token>)');
  }
  const unit = await request.findUnit(key.code);
  if (unit === null) throw badUserInput('code', `no unit at this level has the code ${key.code}`);
  const refusal = why(request.viewer, unit);
  if (refusal !== null) throw forbidden(refusal);
  return { key, unit, viewer: request.viewer };
}

/** What a decision does to a report besides appending its event. */
interface Decision {
  action: ReportAction;
  /** The state change (SUBMIT, APPROVE, RETURN); none for a reopening. */
  decision: ReportDecision | null;
  comment: string | null;
  override: boolean;
  /** The version the decider read, or null (DecisionArgs.expectedVersion). */
  expectedVersion: number | null;
  /** Runs inside the transaction once the report is locked (the approval's seal check). */
  check?: (tx: SqlEntityManager, current: ReportStatus) => Promise<void>;
}

/**
 * Reads the report, checks that the decision fits its state, then, in one transaction,
 * locks the report, moves it on conditionally on the version read and appends the event.
 * A decision that does not fit the state (another came first) is CONFLICT with the state.
 */
async function decide(
  request: DecisionRequest,
  tables: ReportTables,
  key: ReportKey,
  viewer: Viewer,
  decision: Decision,
  beforeTransaction?: (current: ReportStatus) => void,
): Promise<ReportKey> {
  const current = statusOf(await readReport(request.em, tables, key));
  const label = `the ${key.period} report of ${key.code}`;
  const expected = decision.expectedVersion;
  if (expected !== null && expected !== current.version) {
    throw reportConflict(
      `${label} changed since it was read: the decision expected version ${expected}, it is ` +
        `${current.state} at version ${current.version}`,
      current,
    );
  }
  let change: ReportChange;
  let to = current.state;
  if (decision.decision === null) {
    change = { reopened: true };
  } else {
    const next = nextReportState(current.state, decision.decision);
    if ('refused' in next) throw reportConflict(`${label}: ${next.refused}`, current);
    to = next.to;
    // An approval starts the count of corrections since approval afresh.
    change = { state: to, ...(to === 'APPROVED' ? { modifiedSinceApproval: 0 } : {}) };
  }
  beforeTransaction?.(current);
  try {
    await request.em.transactional(async (tx) => {
      await lockReport(tx, tables, key);
      const moved = await appendReportEvent(tx, tables, key, current.version, change, {
        action: decision.action,
        fromState: current.state,
        toState: to,
        comment: decision.comment,
        override: decision.override,
        metric: null,
        requestId: request.requestId,
        at: request.runtime.now().toISOString(),
        by: viewer.sub,
      });
      if (!moved) throw new StaleDecision();
      await decision.check?.(tx, current);
    });
  } catch (error) {
    if (!(error instanceof StaleDecision)) throw error;
    const now = statusOf(await readReport(request.em, tables, key));
    throw reportConflict(
      `${label} changed since it was read: it was ${current.state} at version ` +
        `${current.version}, it is ${now.state} at version ${now.version}`,
      now,
    );
  }
  return key;
}

/** Hands the report to the level above: a reporter covering the unit, from OPEN or RETURNED. */
export async function submitReport(
  request: DecisionRequest,
  tables: ReportTables,
  args: DecisionArgs,
): Promise<ReportKey> {
  const { key, viewer } = await readDecision(request, args, (v, unit) =>
    whyCannotSubmit(v, unit.code),
  );
  const comment = readComment(args.comment, null);
  return decide(request, tables, key, viewer, {
    action: 'SUBMITTED',
    decision: 'SUBMIT',
    comment,
    override: false,
    expectedVersion: args.expectedVersion ?? null,
  });
}

/** Sends a submitted or approved report back to its people, with a comment saying why. */
export async function returnReport(
  request: DecisionRequest,
  tables: ReportTables,
  args: DecisionArgs,
): Promise<ReportKey> {
  const { key, viewer } = await readDecision(request, args, whyCannotDecide);
  const comment = readComment(args.comment, 'returning a report needs a comment saying why');
  return decide(request, tables, key, viewer, {
    action: 'RETURNED',
    decision: 'RETURN',
    comment,
    override: false,
    expectedVersion: args.expectedVersion ?? null,
  });
}

/** Lets entry continue after the period's deadline, for this unit and period; an admin's act. */
export async function reopenReport(
  request: DecisionRequest,
  tables: ReportTables,
  args: DecisionArgs,
): Promise<ReportKey> {
  const { key, viewer } = await readDecision(request, args, (v, unit) =>
    whyCannotReopen(v, unit.code),
  );
  const comment = readComment(args.comment, 'reopening a report needs a comment saying why');
  return decide(request, tables, key, viewer, {
    action: 'REOPENED',
    decision: null,
    comment,
    override: false,
    expectedVersion: args.expectedVersion ?? null,
  });
}

/** The audit gate of a level whose reports are audited against the level below. */
export interface SealGate {
  level: SealedLevel;
  /** The level's figure table, whose rows the seal must still describe. */
  figure: EntityName<FigureRow>;
  /** How a client gets a seal, for the message when none is given. */
  howToSeal: string;
}

export interface ApproveArgs extends DecisionArgs {
  override?: boolean | null;
  auditSeal?: string | null;
}

/**
 * The seal's payload, checked against the report it must be for; a seal that is not ours or
 * is another report's is BAD_USER_INPUT, an expired one CONFLICT (ask for a new one).
 */
function readSeal(
  request: DecisionRequest,
  gate: SealGate,
  key: ReportKey,
  seal: string | null | undefined,
): SealPayload | { expired: string } {
  if (!seal) {
    throw badUserInput(
      'auditSeal',
      `approving a ${gate.level} report needs the seal of its audit: ${gate.howToSeal}`,
    );
  }
  if (request.runtime.sealKey === null) {
    throw new GraphQLError('this subgraph was started without REPORT_SEAL_SECRET');
  }
  const payload = readSealFor(
    seal,
    request.runtime.sealKey,
    { level: gate.level, ...key },
    request.runtime.now(),
  );
  if (!('refused' in payload)) return payload;
  if (payload.refused === 'EXPIRED') return { expired: payload.message };
  throw badUserInput('auditSeal', payload.message);
}

/** The cells of a report as stored now, for comparison with the sealed ones. */
async function currentCells(
  tx: SqlEntityManager,
  figure: EntityName<FigureRow>,
  key: ReportKey,
): Promise<SealedCell[]> {
  const rows = (await tx
    .createQueryBuilder(figure)
    .select(['metric', 'version', 'value', 'lower', 'upper', 'text', 'complete'])
    .where(key as FilterQuery<FigureRow>)
    .execute('all', true)) as FigureRow[];
  return rows.map((row) => ({
    metric: row.metric,
    version: row.version,
    value: row.value,
    lower: row.lower,
    upper: row.upper,
    text: row.text,
    complete: row.complete,
  }));
}

/** The metrics whose version differs between the seal and the rows, for the message. */
function changedMetrics(sealed: [string, number][], cells: SealedCell[]): string[] {
  const now = new Map(cells.map((cell) => [cell.metric, cell.version]));
  const then = new Map(sealed);
  const metrics = new Set([...now.keys(), ...then.keys()]);
  return [...metrics]
    .filter((metric) => now.get(metric) !== then.get(metric))
    .sort()
    .map(
      (metric) =>
        `${metric} (sealed ${then.get(metric) ?? 'absent'}, now ${now.get(metric) ?? 'absent'})`,
    );
}

/**
 * Accepts a submitted report: the level above, with a comment if they like. Where the level
 * is audited (`gate`), the approval must carry the seal of an audit of exactly the figures
 * the report holds, made in the last few minutes by the subgraph that audits it; a report
 * whose audit found INCONSISTENT cells is approved only with `override` and a comment, which
 * the event records.
 */
export async function approveReport(
  request: DecisionRequest,
  tables: ReportTables,
  args: ApproveArgs,
  gate: SealGate | null,
): Promise<ReportKey> {
  const { key, viewer } = await readDecision(request, args, whyCannotDecide);
  const comment = readComment(args.comment, null);
  const read = gate === null ? null : readSeal(request, gate, key, args.auditSeal);
  const sealed = read === null || 'expired' in read ? null : read;
  const inconsistent = sealed?.inconsistent ?? [];
  const overriding = inconsistent.length > 0 && args.override === true;
  return decide(
    request,
    tables,
    key,
    viewer,
    {
      action: 'APPROVED',
      decision: 'APPROVE',
      comment,
      override: overriding,
      expectedVersion: args.expectedVersion ?? null,
      check: async (tx, current) => {
        if (gate === null || sealed === null) return;
        const cells = await currentCells(tx, gate.figure, key);
        const changed = changedMetrics(sealed.versions, cells);
        if (changed.length > 0 || figuresDigest(cells) !== sealed.figures) {
          throw reportConflict(
            `figures changed since the audit: ${changed.join(', ') || 'a figure differs from the audited one'}; ask for a new auditSeal`,
            current,
            { reason: 'FIGURES_CHANGED' },
          );
        }
      },
    },
    // Checked once the decision is known to fit the state, so a second approver of an
    // approved report hears CONFLICT, not the audit again.
    (current) => {
      if (read !== null && 'expired' in read) {
        throw reportConflict(read.expired, current, { reason: 'SEAL_EXPIRED' });
      }
      if (inconsistent.length > 0 && args.override !== true) {
        throw auditInconsistent(
          `the audit of the ${key.period} report of ${key.code} finds ${inconsistent.join(', ')} ` +
            'INCONSISTENT with the level below: return the report, or approve with ' +
            'override: true and a comment saying why',
          inconsistent,
        );
      }
      if (overriding && comment === null) {
        throw badUserInput('comment', 'approving over an INCONSISTENT audit needs a comment');
      }
    },
  );
}

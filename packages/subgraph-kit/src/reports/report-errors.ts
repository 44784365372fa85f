import { type ReportState } from '@union/domain';
import { GraphQLError } from 'graphql';
import { type ReportKey, type ReportStatus } from './report-store';

/**
 * A figure write refused by its report: LOCKED (the report is submitted or approved) or
 * PERIOD_CLOSED (the period's entry deadline passed). The report's state goes in the
 * extensions so a screen can say what to ask for, and of whom.
 */
export function entryRefused(
  code: 'LOCKED' | 'PERIOD_CLOSED',
  message: string,
  key: ReportKey,
  state: ReportState,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, report: { code: key.code, period: key.period, state } },
  });
}

/**
 * CONFLICT on a report: the decision does not fit the state it is in now (another decision
 * came first), or the figures moved on since their audit was sealed. The current state and
 * version go in the extensions, as a figure's CONFLICT carries the current figure.
 */
export function reportConflict(
  message: string,
  current: ReportStatus,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'CONFLICT',
      currentState: current.state,
      currentVersion: current.version,
      ...extra,
    },
  });
}

/**
 * AUDIT_INCONSISTENT: the approval was refused because the sealed audit found cells that
 * cannot agree with the level below; `inconsistent` lists their metrics.
 */
export function auditInconsistent(message: string, inconsistent: string[]): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'AUDIT_INCONSISTENT', inconsistent },
  });
}

import { type ReportState } from './report-state';

/** The decisions that move a report from one state to another. */
export type ReportDecision = 'SUBMIT' | 'APPROVE' | 'RETURN';

/**
 * From which states each decision may be taken, and where it leads. A report is submitted
 * when open (or open again after a return); only a submitted report is approved; a submitted
 * report is returned instead of approved, and an approved one is returned when it must be
 * corrected (its figures stay locked until then).
 */
const TRANSITIONS: Record<ReportDecision, { from: readonly ReportState[]; to: ReportState }> = {
  SUBMIT: { from: ['OPEN', 'RETURNED'], to: 'SUBMITTED' },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED' },
  RETURN: { from: ['SUBMITTED', 'APPROVED'], to: 'RETURNED' },
};

const VERBS: Record<ReportDecision, string> = {
  SUBMIT: 'submitting',
  APPROVE: 'approving',
  RETURN: 'returning',
};

/** The state a decision leads to from `current`, or why it cannot be taken from there. */
export function nextReportState(
  current: ReportState,
  decision: ReportDecision,
): { to: ReportState } | { refused: string } {
  const { from, to } = TRANSITIONS[decision];
  if (from.includes(current)) return { to };
  return {
    refused: `the report is ${current}; ${VERBS[decision]} needs a report that is ${from.join(' or ')}`,
  };
}

/**
 * Where a unit's report for a period stands. OPEN: its people are entering figures (a report
 * nobody has touched is OPEN). SUBMITTED: handed to the level above, figures locked.
 * APPROVED: accepted by the level above, figures locked. RETURNED: sent back by the level
 * above with a comment; open for entry again.
 */
export const REPORT_STATES = ['OPEN', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/**
 * What an event in a report's history did. SUBMITTED, APPROVED, RETURNED: the decisions that
 * move a report. REOPENED: an admin let entry continue after the period's deadline.
 * CORRECTED: an admin changed a figure of an approved report, with a reason.
 */
export const REPORT_ACTIONS = [
  'SUBMITTED',
  'APPROVED',
  'RETURNED',
  'REOPENED',
  'CORRECTED',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** The states in which the report's figures may be entered and corrected by its people. */
export function isOpenForEntry(state: ReportState): boolean {
  return state === 'OPEN' || state === 'RETURNED';
}

import { type ReportState } from './report-state';

/** How far the level below has got with its reports for one period (a reporting rate). */
export interface ReportProgress {
  expected: number;
  open: number;
  submitted: number;
  approved: number;
  returned: number;
  /** The children whose report is not APPROVED, in the order given. */
  notApproved: string[];
}

/**
 * Counts the children's reports by state. `children` are every child that exists (from the
 * tree, not from the reports table), so a child with no report row counts as OPEN.
 */
export function reportProgress(
  children: readonly string[],
  stateOf: (child: string) => ReportState | undefined,
): ReportProgress {
  const progress: ReportProgress = {
    expected: children.length,
    open: 0,
    submitted: 0,
    approved: 0,
    returned: 0,
    notApproved: [],
  };
  for (const child of children) {
    const state = stateOf(child) ?? 'OPEN';
    if (state === 'OPEN') progress.open += 1;
    else if (state === 'SUBMITTED') progress.submitted += 1;
    else if (state === 'APPROVED') progress.approved += 1;
    else progress.returned += 1;
    if (state !== 'APPROVED') progress.notApproved.push(child);
  }
  return progress;
}

import { describe, expect, it } from 'vitest';
import { reportProgress } from '../../src/reports/report-progress';
import { type ReportState } from '../../src/reports/report-state';

describe('reportProgress', () => {
  it('counts every child, a child without a report as OPEN, and lists the unapproved', () => {
    const states = new Map<string, ReportState>([
      ['510104', 'APPROVED'],
      ['510105', 'SUBMITTED'],
      ['510106', 'RETURNED'],
    ]);
    expect(reportProgress(['510104', '510105', '510106', '510107'], (c) => states.get(c))).toEqual({
      expected: 4,
      open: 1,
      submitted: 1,
      approved: 1,
      returned: 1,
      notApproved: ['510105', '510106', '510107'],
    });
  });

  it('is all zeros for a unit with no children', () => {
    expect(reportProgress([], () => 'APPROVED')).toEqual({
      expected: 0,
      open: 0,
      submitted: 0,
      approved: 0,
      returned: 0,
      notApproved: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { REPORT_STATES, type ReportState } from '../../src/reports/report-state';
import { nextReportState, type ReportDecision } from '../../src/reports/report-transitions';

// Every (state, decision) pair: where it leads, or null when it is refused.
const TABLE: Record<ReportState, Record<ReportDecision, ReportState | null>> = {
  OPEN: { SUBMIT: 'SUBMITTED', APPROVE: null, RETURN: null },
  SUBMITTED: { SUBMIT: null, APPROVE: 'APPROVED', RETURN: 'RETURNED' },
  APPROVED: { SUBMIT: null, APPROVE: null, RETURN: 'RETURNED' },
  RETURNED: { SUBMIT: 'SUBMITTED', APPROVE: null, RETURN: null },
};

describe('nextReportState', () => {
  const cases = REPORT_STATES.flatMap((state) =>
    (['SUBMIT', 'APPROVE', 'RETURN'] as const).map(
      (decision) => [state, decision, TABLE[state][decision]] as const,
    ),
  );

  it.each(cases)('%s + %s → %s', (state, decision, expected) => {
    const next = nextReportState(state, decision);
    if (expected === null) expect(next).toHaveProperty('refused');
    else expect(next).toEqual({ to: expected });
  });

  it('says why, naming the state and the states the decision needs', () => {
    expect(nextReportState('OPEN', 'APPROVE')).toEqual({
      refused: 'the report is OPEN; approving needs a report that is SUBMITTED',
    });
    expect(nextReportState('APPROVED', 'SUBMIT')).toEqual({
      refused: 'the report is APPROVED; submitting needs a report that is OPEN or RETURNED',
    });
  });

  it('walks the whole cycle: submit, return, resubmit, approve, return again', () => {
    let state: ReportState = 'OPEN';
    for (const decision of ['SUBMIT', 'RETURN', 'SUBMIT', 'APPROVE', 'RETURN'] as const) {
      const next = nextReportState(state, decision);
      if (!('to' in next)) throw new Error(next.refused);
      state = next.to;
    }
    expect(state).toBe('RETURNED');
  });
});

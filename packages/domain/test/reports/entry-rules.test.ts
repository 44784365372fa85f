import { describe, expect, it } from 'vitest';
import { type Role, type Viewer } from '../../src/identity/viewer';
import { entryClosesAt, isEntryClosed, periodEndDate } from '../../src/reports/entry-deadline';
import { decideEntry, type EntryContext } from '../../src/reports/report-entry';
import { type ReportState } from '../../src/reports/report-state';

const viewer = (...roles: Role[]): Viewer => ({ sub: 'u', name: 'u', roles, units: ['510000'] });

describe('the entry deadline', () => {
  it('ends a year on 31 December and a span at the end of its last year', () => {
    expect(periodEndDate('2022')).toBe('2022-12-31');
    expect(periodEndDate('2014-2019')).toBe('2019-12-31');
    expect(periodEndDate('2014–2019')).toBe('2019-12-31');
  });

  it('closes entry `days` whole days after the last day, at midnight UTC', () => {
    expect(entryClosesAt('2022', 90)?.toISOString()).toBe('2023-04-01T00:00:00.000Z');
    expect(entryClosesAt('2014-2019', 0)?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(entryClosesAt('2024', 1)?.toISOString()).toBe('2025-01-02T00:00:00.000Z');
  });

  it('never closes without a deadline', () => {
    expect(entryClosesAt('1990', null)).toBeNull();
    expect(isEntryClosed('1990', null, new Date())).toBe(false);
  });

  it('is open on the last day and closed at the instant after it', () => {
    expect(isEntryClosed('2022', 90, new Date('2023-03-31T23:59:59.999Z'))).toBe(false);
    expect(isEntryClosed('2022', 90, new Date('2023-04-01T00:00:00.000Z'))).toBe(true);
  });
});

describe('decideEntry', () => {
  const context = (state: ReportState, more: Partial<EntryContext> = {}): EntryContext => ({
    unit: { code: '510106', parent: '510100' },
    period: '2022',
    state,
    reopened: false,
    entryDays: null,
    now: new Date('2023-01-15T00:00:00Z'),
    ...more,
  });

  it('lets its people write an OPEN or RETURNED report', () => {
    expect(decideEntry(viewer('reporter'), context('OPEN'), null)).toEqual({
      allowed: true,
      correction: false,
    });
    expect(decideEntry(viewer('reporter'), context('RETURNED'), null)).toEqual({
      allowed: true,
      correction: false,
    });
  });

  it('locks a SUBMITTED report for everyone, saying who can return it', () => {
    for (const role of ['reporter', 'admin'] as const) {
      expect(decideEntry(viewer(role), context('SUBMITTED'), 'why')).toEqual({
        allowed: false,
        code: 'LOCKED',
        message:
          'the 2022 report of 510106 is SUBMITTED: its figures are locked until an approver ' +
          'whose units cover 510100 returns it',
      });
    }
  });

  it('locks an APPROVED report except for an admin correcting with a reason', () => {
    expect(decideEntry(viewer('reporter'), context('APPROVED'), 'why')).toMatchObject({
      allowed: false,
      code: 'LOCKED',
    });
    expect(decideEntry(viewer('admin'), context('APPROVED'), '  ')).toMatchObject({
      allowed: false,
      code: 'LOCKED',
      message: expect.stringContaining('needs a reason'),
    });
    expect(decideEntry(viewer('admin'), context('APPROVED'), 'typo in the form')).toEqual({
      allowed: true,
      correction: true,
    });
  });

  it('closes a period after its deadline unless an admin reopened it', () => {
    const late = { entryDays: 90, now: new Date('2023-04-01T00:00:00Z') };
    expect(decideEntry(viewer('reporter'), context('OPEN', late), null)).toEqual({
      allowed: false,
      code: 'PERIOD_CLOSED',
      message:
        'entry for 2022 closed after 2023-03-31 (90 days after the period ended); an admin ' +
        'whose units cover 510106 can reopen the 2022 report of 510106',
    });
    expect(
      decideEntry(viewer('reporter'), context('OPEN', { ...late, reopened: true }), null),
    ).toEqual({ allowed: true, correction: false });
    expect(
      decideEntry(
        viewer('reporter'),
        context('OPEN', { ...late, now: new Date('2023-03-31') }),
        null,
      ),
    ).toEqual({ allowed: true, correction: false });
  });
});

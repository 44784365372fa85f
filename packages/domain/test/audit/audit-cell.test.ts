import { describe, expect, it } from 'vitest';
import { auditCell, formatNumber } from '../../src/audit/audit-cell';
import { type Rollup } from '../../src/rollup/rollup';
import { metricByCode } from '../../src/metrics/catalog';

const members = metricByCode('members')!;
const none: Rollup = {
  lower: 0,
  upper: 0,
  value: null,
  minValue: null,
  maxValue: null,
  reporting: 0,
  expected: 3,
  coverage: 0,
  missing: ['a', 'b', 'c'],
};
const chengdu = {
  value: 3290000,
  lower: 3290000,
  upper: 3300000,
  text: '329余万人',
  complete: false,
};

describe('auditCell', () => {
  it('is INDETERMINATE when the parent reported nothing', () => {
    const outcome = auditCell({
      metric: members,
      period: '2013',
      reported: null,
      children: none,
      childrenNoun: 'districts',
      total: null,
    });
    expect(outcome.status).toBe('INDETERMINATE');
    expect(outcome.explanation).toContain('Nothing was reported at this level for members in 2013');
  });

  it('is INDETERMINATE when every child is missing, and lists them', () => {
    const outcome = auditCell({
      metric: members,
      period: '2013',
      reported: chengdu,
      children: none,
      childrenNoun: 'districts',
      total: null,
    });
    expect(outcome).toEqual({
      status: 'INDETERMINATE',
      rule: 'AT_LEAST',
      rules: ['AT_LEAST'],
      gap: null,
      explanation:
        'Reported 329余万人 [3,290,000, 3,300,000]; none of the 3 districts reported members for 2013. Missing 3 of 3 districts: a, b, c.',
    });
  });

  it('is INDETERMINATE for a unit with no children at all (东莞)', () => {
    const outcome = auditCell({
      metric: members,
      period: '2013',
      reported: chengdu,
      children: { ...none, expected: 0, missing: [] },
      childrenNoun: 'districts',
      total: null,
    });
    expect(outcome.status).toBe('INDETERMINATE');
    expect(outcome.explanation).toContain('there are no districts to compare');
  });

  it('uses EQUALS where the parent declares its figure complete, and says so', () => {
    const outcome = auditCell({
      metric: members,
      period: '2013',
      reported: { ...chengdu, complete: true },
      children: {
        ...none,
        lower: 3295000,
        upper: 3295000,
        value: 3295000,
        reporting: 3,
        missing: [],
      },
      childrenNoun: 'districts',
      total: null,
    });
    expect(outcome.rule).toBe('EQUALS');
    expect(outcome.status).toBe('CONSISTENT_APPROXIMATE');
    expect(outcome.explanation).toContain('declared complete');
  });

  it('says NOT_APPLICABLE for a metric each level reports about itself', () => {
    const outcome = auditCell({
      metric: metricByCode('labour_medal_recipients')!,
      period: '2014-2019',
      reported: { value: 355, lower: 355, upper: 355, text: '355名', complete: false },
      children: none,
      childrenNoun: 'districts',
      total: null,
    });
    expect(outcome).toMatchObject({ status: 'NOT_APPLICABLE', rule: 'NOT_COMPARABLE', gap: null });
  });

  it('checks an "of which" figure against its total too, and the worst check decides', () => {
    const outcome = auditCell({
      metric: metricByCode('migrant_worker_members')!,
      period: '2013',
      reported: {
        value: 3400000,
        lower: 3395000,
        upper: 3405000,
        text: '340万人',
        complete: false,
      },
      children: none,
      childrenNoun: 'districts',
      total: chengdu,
    });
    expect(outcome).toMatchObject({
      status: 'INCONSISTENT',
      rule: 'AT_LEAST + PART_OF',
      gap: 95000,
    });
    expect(outcome.explanation).toContain(
      'As part of members (329余万人 [3,290,000, 3,300,000]), it exceeds it by 95,000.',
    );
  });

  it('explains an inconsistency with the numbers compared', () => {
    const outcome = auditCell({
      metric: members,
      period: '2013',
      reported: chengdu,
      children: {
        ...none,
        lower: 4326345,
        upper: 4326345,
        value: 4326345,
        reporting: 3,
        expected: 20,
        missing: ['510107'],
      },
      childrenNoun: 'districts',
      total: null,
    });
    expect(outcome.status).toBe('INCONSISTENT');
    expect(outcome.gap).toBe(1026345);
    expect(outcome.explanation).toBe(
      'Reported 329余万人 [3,290,000, 3,300,000]; the districts that reported (3 of 20) sum to 4,326,345 (printed values add up to 4,326,345): even at their lowest they exceed the most the reported figure allows by 1,026,345. Missing 1 of 20 districts: 510107.',
    );
  });
});

describe('formatNumber', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  it('writes whole numbers as the en-US formatter does, and leaves fractions to it', () => {
    const values = [
      0,
      -0,
      7,
      -7,
      12,
      999,
      1000,
      -1234,
      181386,
      3290000,
      1234567890,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      2 ** 53,
      1e21,
      0.1234567,
      -2.5,
      1234.56789,
    ];
    for (const value of values)
      expect([value, formatNumber(value)]).toEqual([value, intl.format(value)]);
    expect(formatNumber(1234567)).toBe('1,234,567');
  });
});

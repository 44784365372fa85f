import { describe, expect, it } from 'vitest';
import { periodFromAdx, periodToAdx } from '../../src';

describe('ADX periods', () => {
  it('writes a year and a span as ISO 8601 intervals of whole years', () => {
    expect(periodToAdx('2013')).toBe('2013-01-01/P1Y');
    expect(periodToAdx('2014-2019')).toBe('2014-01-01/P6Y');
  });

  it('reads them back', () => {
    expect(periodFromAdx('2013-01-01/P1Y')).toBe('2013');
    expect(periodFromAdx('2014-01-01/P6Y')).toBe('2014-2019');
  });

  it('refuses what is not whole calendar years', () => {
    expect(() => periodFromAdx('2013-07-01/P1Y')).toThrow(/whole calendar years/);
    expect(() => periodFromAdx('2013-01-01/P0Y')).toThrow(/at least P1Y/);
    expect(() => periodFromAdx('2013')).toThrow(/YYYY-01-01\/PnY/);
  });
});

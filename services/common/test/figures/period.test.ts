import { describe, expect, it } from 'vitest';
import { readPeriod } from '../../src/figures/period';

describe('readPeriod', () => {
  it.each([
    ['2013', '2013'],
    ['2008-2013', '2008-2013'],
    ['2013–2019', '2013-2019'],
    [' 2014 - 2019 ', '2014-2019'],
  ])('reads %j as %j', (text, period) => {
    expect(readPeriod('period', text)).toBe(period);
  });

  it.each([
    ['13', 'four-digit years'],
    ['2013-2008', 'a span starts before it ends'],
    ['2013-2013', 'a span starts before it ends'],
    ['1900', 'years 1949 to 2100'],
    ['2013/2019', 'four-digit years'],
    ['', 'four-digit years'],
  ])('rejects %j, naming the argument', (text, why) => {
    expect(() => readPeriod('period', text)).toThrow(
      `Argument "period": a period is YYYY or YYYY-YYYY (${why}), got "${text}"`,
    );
    try {
      readPeriod('period', text);
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'period',
      });
    }
  });
});

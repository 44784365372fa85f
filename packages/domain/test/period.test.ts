import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/input-error';
import { readPeriod } from '../src/period';

describe('readPeriod', () => {
  it.each([
    ['2013', '2013'],
    ['2008-2013', '2008-2013'],
    ['2013–2019', '2013-2019'],
    [' 2014 - 2019 ', '2014-2019'],
  ])('reads %j as %j', (text, period) => {
    expect(readPeriod(text)).toBe(period);
  });

  it.each([
    ['13', 'four-digit years'],
    ['2013-2008', 'a span starts before it ends'],
    ['2013-2013', 'a span starts before it ends'],
    ['1900', 'years 1949 to 2100'],
    ['2013/2019', 'four-digit years'],
    ['', 'four-digit years'],
  ])('rejects %j with an input error naming the field', (text, why) => {
    const read = () => readPeriod(text, 'periods');
    expect(read).toThrow(InvalidInputError);
    expect(read).toThrow(`a period is YYYY or YYYY-YYYY (${why}), got "${text}"`);
    expect(() => read()).toThrow(expect.objectContaining({ field: 'periods' }));
  });
});

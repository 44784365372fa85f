import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/input-error';
import { periodEndYear, readPeriod, readYear } from '../src/period';

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
    ['2013-2101', 'years 1949 to 2100'],
    ['2013/2019', 'four-digit years'],
    ['', 'four-digit years'],
  ])('rejects %j with an input error naming the field', (text, why) => {
    const read = () => readPeriod(text, 'periods');
    expect(read).toThrow(InvalidInputError);
    expect(read).toThrow(`a period is YYYY or YYYY-YYYY (${why}), got "${text}"`);
    expect(() => read()).toThrow(expect.objectContaining({ field: 'periods' }));
  });
});

describe('periodEndYear', () => {
  it.each([
    ['2013', 2013],
    ['2014-2019', 2019],
    ['2008–2013', 2013],
  ])('measures %j at the end of %d', (period, year) => {
    expect(periodEndYear(period)).toBe(year);
  });
});

describe('readYear', () => {
  it('reads a year in the range periods allow', () => {
    expect(readYear(2013, 'asOf')).toBe(2013);
  });

  it.each([1948, 2101, 2013.5])('rejects %d, naming the field', (year) => {
    expect(() => readYear(year, 'asOf')).toThrow(
      expect.objectContaining({ field: 'asOf', message: `a year from 1949 to 2100, got ${year}` }),
    );
  });
});

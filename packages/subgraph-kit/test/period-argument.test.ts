import { describe, expect, it } from 'vitest';
import { readPeriodArgument } from '../src/figures/period-argument';

describe('readPeriodArgument', () => {
  it('gives the normalised period', () => {
    expect(readPeriodArgument('period', '2013–2019')).toBe('2013-2019');
  });

  it('turns a malformed period into BAD_USER_INPUT naming the argument', () => {
    const read = () => readPeriodArgument('period', '2013/2019');
    expect(read).toThrow(
      'Argument "period": a period is YYYY or YYYY-YYYY (four-digit years), got "2013/2019"',
    );
    expect(read).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' } }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidInputError, isRowProblem, readFigureRow, readHeader } from '../../src';

describe('the figure file header', () => {
  it('reads the English columns, a BOM, spacing and case', () => {
    expect(readHeader(['\uFEFFcode', ' Metric ', 'period', 'text', 'version'])).toEqual([
      'code',
      'metric',
      'period',
      'text',
      'version',
    ]);
  });

  it('takes the Chinese headers as aliases', () => {
    expect(readHeader(['代码', '指标', '期间', '数值', '备注'])).toEqual([
      'code',
      'metric',
      'period',
      'text',
      'note',
    ]);
  });

  it('names unknown and missing columns', () => {
    expect(() => readHeader(['code', 'metric', 'year', 'amount'])).toThrow(
      /unknown columns year, amount; missing period, text/,
    );
    expect(() => readHeader(['code', 'metric', 'period', 'text', 'code'])).toThrow(
      InvalidInputError,
    );
  });
});

describe('a figure file row', () => {
  const header = readHeader(['code', 'metric', 'period', 'text', 'complete', 'version', 'lower']);

  it('reads the values, blanks as null and version as the expected version', () => {
    expect(
      readFigureRow(header, ['510106', 'members', '2013', '181386名', '', '1', '181386'], 2),
    ).toEqual({
      row: 2,
      code: '510106',
      metric: 'members',
      period: '2013',
      text: '181386名',
      reading: null,
      note: null,
      complete: null,
      document: null,
      quote: null,
      expectedVersion: 1,
    });
  });

  it('names the row and column of what the format cannot hold', () => {
    expect(readFigureRow(header, ['510106', 'members', '2013', ''], 7)).toEqual({
      row: 7,
      column: 'text',
      message: 'text is empty',
    });
    const bad = readFigureRow(header, ['510106', 'members', '2013', '1', 'maybe'], 8);
    expect(isRowProblem(bad) && bad.column).toBe('complete');
    const version = readFigureRow(header, ['510106', 'members', '2013', '1', 'true', 'v2'], 9);
    expect(isRowProblem(version) && version.column).toBe('version');
  });
});

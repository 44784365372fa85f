import { describe, expect, it } from 'vitest';
import { csvField } from '../src/format-csv';

describe('csvField', () => {
  it('quotes only what RFC 4180 requires, doubling quotes', () => {
    expect(csvField('成都市')).toBe('成都市');
    expect(csvField(0.1)).toBe('0.1');
    expect(csvField(null)).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "余"')).toBe('"say ""余"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

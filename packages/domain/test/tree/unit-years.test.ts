import { describe, expect, it } from 'vitest';
import { describeSpans, inSpans, spansOf } from '../../src/tree/unit-years';

describe('year spans', () => {
  it('joins consecutive spells (a renaming) and keeps a break apart', () => {
    expect(
      spansOf([
        { from: 2000, to: 2009 },
        { from: 1996, to: 1996 },
        { from: 2010, to: null },
      ]),
    ).toEqual([
      { from: 1996, to: 1996 },
      { from: 2000, to: null },
    ]);
  });

  it('finds a year in the spans, an open span reaching every later year', () => {
    const spans = [
      { from: 1981, to: 1983 },
      { from: 1990, to: null },
    ];
    expect([1980, 1981, 1983, 1984, 1989, 1990, 2100].map((y) => inSpans(spans, y))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('describes spans for messages', () => {
    expect(describeSpans([{ from: 1981, to: 2014 }])).toBe('1981–2014');
    expect(describeSpans([{ from: 2015, to: null }])).toBe('2015–');
    expect(
      describeSpans([
        { from: 1996, to: 1996 },
        { from: 2000, to: null },
      ]),
    ).toBe('1996, 2000–');
  });
});

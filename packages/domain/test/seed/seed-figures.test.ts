import { describe, expect, it } from 'vitest';
import { figureRowsForLevel } from '../../src/seed/seed-figures';
import { loadSeedDataset, type SeedReport } from '../../src';
import { parseValue } from '../../src';

const dataset = loadSeedDataset();

function report(figure: Partial<SeedReport['figures'][number]>): SeedReport[] {
  return [
    {
      document: 'x.txt',
      title: 't',
      published: null,
      about: 'a',
      figures: [
        {
          level: 'CITY',
          code: '510100',
          name: '成都市',
          metric: 'members',
          period: '2013',
          text: '329余万人',
          reading: null,
          value: 3290000,
          quote: '会员329余万人',
          complete: false,
          note: null,
          ...figure,
        },
      ],
    },
  ];
}

describe('the seed dataset as stored', () => {
  it('gives every figure of the five reports to exactly one level', () => {
    const total = dataset.reduce((sum, r) => sum + r.figures.length, 0);
    const stored = (['PROVINCE', 'CITY', 'DISTRICT'] as const).map(
      (level) => figureRowsForLevel(level, dataset).length,
    );
    expect(stored.reduce((a, b) => a + b)).toBe(total);
    expect(total).toBeGreaterThanOrEqual(100);
  });

  it('reads every printed text (or its reading) as the value its reviewer recorded', () => {
    for (const { document, figures } of dataset) {
      for (const figure of figures) {
        const parsed = parseValue(figure.reading ?? figure.text);
        expect(parsed.value, `${document} ${figure.code} ${figure.metric} ${figure.text}`).toBe(
          figure.value,
        );
        expect(parsed.lower).toBeLessThanOrEqual(parsed.value);
        if (parsed.upper !== null) expect(parsed.upper).toBeGreaterThanOrEqual(parsed.value);
      }
    }
  });

  it("keeps the typo 1056。万人 as printed and stores the report's meaning", () => {
    const row = figureRowsForLevel('PROVINCE', dataset).find((r) => r.text.includes('。'));
    expect(row).toMatchObject({ text: '1056。万人', reading: '1056万人', value: 10560000 });
  });

  it('stops on a figure whose value disagrees with its text, naming the figure', () => {
    expect(() => figureRowsForLevel('CITY', report({ value: 3300000 }))).toThrow(
      'x.txt figure 0 (510100 members 2013): "329余万人" reads as 3290000, the dataset says 3300000',
    );
  });

  it('stops on an unknown metric, a unit of the wrong level and a malformed period', () => {
    expect(() => figureRowsForLevel('CITY', report({ metric: 'members_total' }))).toThrow(
      'unknown metric "members_total"',
    );
    expect(() => figureRowsForLevel('CITY', report({ code: '510106' }))).toThrow(
      'no CITY unit has this code',
    );
    expect(() => figureRowsForLevel('CITY', report({ period: '2013-2008' }))).toThrow(
      'a span starts before it ends',
    );
  });

  it('refuses a text the parser cannot read rather than guessing', () => {
    expect(() => figureRowsForLevel('CITY', report({ text: '2名3名' }))).toThrow('2名3名');
  });
});

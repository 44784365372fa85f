import { describe, expect, it } from 'vitest';
import { cleanYearList, type YearTree } from '../src/clean-year-list';
import { dateDivisionTree } from '../src/date-division-tree';
import { type CodeHistoryRow } from '../src/read-gbt2260';

const years = (lists: Record<number, string[]>): Map<number, YearTree> =>
  new Map(
    Object.entries(lists).map(([year, rows]) => [
      Number(year),
      cleanYearList(
        Number(year),
        rows.map((row) => {
          const [code, name] = row.split(' ') as [string, string];
          return { code, name };
        }),
      ),
    ]),
  );

const row = (
  code: string,
  name: string,
  start: number,
  end: number | null,
  successors: string[] = [],
  status: CodeHistoryRow['status'] = end === null ? '在用' : '弃用',
): CodeHistoryRow => ({ code, name, status, start, end, successors, transfers: [] });

const CHENGDU = ['510000 四川省', '510100 成都市'];

describe('dateDivisionTree', () => {
  it('makes one spell per run of years under one name, the last open', () => {
    const tree = dateDivisionTree(
      years({
        2014: [...CHENGDU, '510122 双流县'],
        2015: [...CHENGDU, '510116 双流区'],
        2016: [...CHENGDU, '510116 双流区'],
      }),
      [row('510122', '双流县', 1981, 2015, ['510116']), row('510116', '双流区', 2015, null)],
    );
    expect([tree.firstYear, tree.lastYear]).toEqual([2014, 2016]);
    expect(tree.districts.map((d) => [d.code, d.name, d.from, d.to, d.cityCode])).toEqual([
      ['510116', '双流区', 2015, null, '510100'],
      ['510122', '双流县', 2014, 2014, '510100'],
    ]);
    expect(tree.districts[0]).toMatchObject({ pinyin: 'shuang liu qu', initials: 'slq' });
    expect(tree.changes).toEqual([{ year: 2015, from: '510122', to: '510116' }]);
  });

  it('keeps a renamed code as one unit with a spell per name and no change', () => {
    const tree = dateDivisionTree(
      years({
        2009: ['420000 湖北省', '420600 襄樊市'],
        2010: ['420000 湖北省', '420600 襄阳市'],
      }),
      [
        row('420600', '襄樊市', 1983, 2010, ['420600'], '变更'),
        row('420600', '襄阳市', 2010, null),
      ],
    );
    expect(tree.cities.map((c) => [c.name, c.from, c.to])).toEqual([
      ['襄樊市', 2009, 2009],
      ['襄阳市', 2010, null],
    ]);
    expect(tree.changes).toEqual([]);
  });

  it('gives a retired city the dataset names no code for the city that took its districts', () => {
    const tree = dateDivisionTree(
      years({
        2017: ['370000 山东省', '370100 济南市', '371200 莱芜市', '371202 莱城区'],
        2018: ['370000 山东省', '370100 济南市', '370116 莱芜区'],
      }),
      [row('371200', '莱芜市', 1992, 2018), row('371202', '莱城区', 1992, 2018, ['370116'])],
    );
    expect(tree.changes).toEqual([
      { year: 2018, from: '371200', to: '370100' },
      { year: 2018, from: '371202', to: '370116' },
    ]);
  });

  it('opens a new spell after a break in the lists', () => {
    const tree = dateDivisionTree(
      years({
        1996: [...CHENGDU, '510122 甲县'],
        1997: CHENGDU,
        1998: [...CHENGDU, '510122 甲县'],
      }),
      [],
    );
    expect(tree.districts.map((d) => [d.from, d.to])).toEqual([
      [1996, 1996],
      [1998, null],
    ]);
  });

  it('refuses a code whose parent changes: the graph keeps one per code', () => {
    expect(() =>
      dateDivisionTree(
        years({ 2000: ['510000 四川省', '510122 甲县'], 2001: [...CHENGDU, '510122 甲县'] }),
        [],
      ),
    ).toThrow('510122 changes parents in 2001');
  });

  it('refuses a successor that is not in the list of its year', () => {
    expect(() =>
      dateDivisionTree(years({ 2014: [...CHENGDU, '510122 双流县'], 2015: CHENGDU }), [
        row('510122', '双流县', 1981, 2015, ['510116']),
      ]),
    ).toThrow('510122 双流县 went to 510116 in 2015, not in that list');
  });
});

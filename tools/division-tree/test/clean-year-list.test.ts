import { describe, expect, it } from 'vitest';
import { cleanYearList } from '../src/clean-year-list';

const list = (...rows: string[]) =>
  rows.map((row) => {
    const [code, name] = row.split(' ') as [string, string];
    return { code, name };
  });

describe('cleanYearList', () => {
  it('hangs a county on the city its code starts with, and on its province when none is listed', () => {
    const tree = cleanYearList(
      2013,
      list('510000 四川省', '510100 成都市', '510122 双流县', '460000 海南省', '469001 五指山市'),
    );
    expect(tree.provinces.map((p) => p.code)).toEqual(['460000', '510000']);
    expect(tree.districts).toEqual([
      { code: '469001', name: '五指山市', provinceCode: '460000', cityCode: null },
      { code: '510122', name: '双流县', provinceCode: '510000', cityCode: '510100' },
    ]);
  });

  it('leaves out 台湾, 香港 and 澳门', () => {
    const tree = cleanYearList(
      2013,
      list('710000 台湾省', '810000 香港特别行政区', '820000 澳门特别行政区', '110000 北京市'),
    );
    expect(tree.provinces.map((p) => p.code)).toEqual(['110000']);
  });

  it('drops development zones, statistics-only units and a city repeated as its county', () => {
    const tree = cleanYearList(
      2023,
      list(
        '230000 黑龙江省',
        '232700 大兴安岭地区',
        '232701 漠河市',
        '232761 加格达奇区',
        '620000 甘肃省',
        '620200 嘉峪关市',
        '620201 嘉峪关市',
        '130000 河北省',
        '130100 石家庄市',
        '130171 石家庄高新技术产业开发区',
      ),
    );
    expect(tree.districts.map((d) => d.code)).toEqual(['232701']);
  });

  it('drops a placeholder city and hangs its counties on the province', () => {
    const tree = cleanYearList(
      2000,
      list('410000 河南省', '419000 省直辖县级行政区划', '419001 济源市'),
    );
    expect(tree.cities).toEqual([]);
    expect(tree.districts).toEqual([
      { code: '419001', name: '济源市', provinceCode: '410000', cityCode: null },
    ]);
  });

  it('keeps the islands under 海南 in a year without 三沙市, and refuses them beside it', () => {
    const islands = list('460000 海南省', '469031 西沙群岛');
    expect(cleanYearList(2005, islands).districts.map((d) => d.code)).toEqual(['469031']);
    expect(() =>
      cleanYearList(2013, list('460000 海南省', '460300 三沙市', '460321 西沙群岛')),
    ).toThrow(/三沙市 and its island rows/);
  });

  it('refuses a unit whose province is not listed', () => {
    expect(() => cleanYearList(1990, list('510100 成都市'))).toThrow(
      '1990: 510100 has no province 510000 in the list',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DatedChildrenIndex } from '../../src/tree/dated-children-index';
import { loadDivisionHistory } from '../../src/tree/division-history';

const history = loadDivisionHistory();
const ofCity = new DatedChildrenIndex(
  history,
  history.unitsOf('DISTRICT'),
  (unit) => unit.cityCode,
);
const citiesOfProvince = new DatedChildrenIndex(
  history,
  history.unitsOf('CITY'),
  (unit) => unit.provinceCode,
);
const names = (codes: readonly string[], year: number) =>
  codes.map((code) => `${code} ${history.spellAt(code, year)?.name}`);

describe('the dated division tree', () => {
  it('covers the year-ends 1981 to 2023 and loads once per process', () => {
    expect([history.firstYear, history.lastYear]).toEqual([1981, 2023]);
    expect(loadDivisionHistory()).toBe(history);
  });

  it('has the NBS tree’s 31 provinces, 333 cities and 2,844 districts in 2023', () => {
    expect([
      history.codesAt('PROVINCE', 2023).length,
      history.codesAt('CITY', 2023).length,
      history.codesAt('DISTRICT', 2023).length,
    ]).toEqual([31, 333, 2844]);
  });

  it('gives Chengdu 19 county-level units at the end of 2013, 双流县 and not 双流区', () => {
    const children = ofCity.childrenOf('510100', 2013);
    expect(children).toHaveLength(19);
    expect(names(children, 2013)).toEqual([
      '510104 锦江区',
      '510105 青羊区',
      '510106 金牛区',
      '510107 武侯区',
      '510108 成华区',
      '510112 龙泉驿区',
      '510113 青白江区',
      '510114 新都区',
      '510115 温江区',
      '510121 金堂县',
      '510122 双流县',
      '510124 郫县',
      '510129 大邑县',
      '510131 蒲江县',
      '510132 新津县',
      '510181 都江堰市',
      '510182 彭州市',
      '510183 邛崃市',
      '510184 崇州市',
    ]);
  });

  it('gives Chengdu 新津县 510132, not 新津区 510118, at the end of 2019', () => {
    const children = ofCity.childrenOf('510100', 2019);
    expect(children).toHaveLength(20);
    expect(children).toContain('510132');
    expect(children).not.toContain('510118');
    expect(children).toEqual(expect.arrayContaining(['510116', '510117', '510185']));
    expect(ofCity.childrenOf('510100', 2020)).toContain('510118');
  });

  it('has 简阳市 under 资阳市 in 2015 and under 成都市 in 2016', () => {
    expect(names(ofCity.childrenOf('512000', 2015), 2015)).toContain('512081 简阳市');
    expect(ofCity.childrenOf('510100', 2015)).not.toContain('510185');
    expect(ofCity.childrenOf('512000', 2016)).not.toContain('512081');
    expect(names(ofCity.childrenOf('510100', 2016), 2016)).toContain('510185 简阳市');
    expect(history.successors('512081')).toEqual([
      { year: 2016, code: '510185', name: '简阳市', level: 'DISTRICT' },
    ]);
  });

  it('has 莱芜市 371200 in the 2017 tree and not in the 2018 one; its districts are 济南’s now', () => {
    expect(citiesOfProvince.childrenOf('370000', 2017)).toContain('371200');
    expect(citiesOfProvince.childrenOf('370000', 2018)).not.toContain('371200');
    expect(history.unit('371200')).toMatchObject({
      name: '莱芜市',
      validFrom: 1992,
      validTo: 2017,
    });
    expect(names(ofCity.childrenOf('371200', 2017), 2017)).toEqual([
      '371202 莱城区',
      '371203 钢城区',
    ]);
    expect(ofCity.childrenOf('371200', 2018)).toEqual([]);
    expect(history.successors('371202')).toEqual([
      { year: 2018, code: '370116', name: '莱芜区', level: 'DISTRICT' },
    ]);
    expect(history.successors('371203')).toEqual([
      { year: 2018, code: '370117', name: '钢城区', level: 'DISTRICT' },
    ]);
    expect(ofCity.childrenOf('370100', 2018)).toEqual(expect.arrayContaining(['370116', '370117']));
    // The city itself: the dataset names no code for it, so it went where its districts went.
    expect(history.successors('371200')).toEqual([
      { year: 2018, code: '370100', name: '济南市', level: 'CITY' },
    ]);
  });

  it('resolves a retired code with its years, parents and successor', () => {
    expect(history.unit('510122')).toMatchObject({
      code: '510122',
      level: 'DISTRICT',
      name: '双流县',
      provinceCode: '510000',
      cityCode: '510100',
      validFrom: 1981,
      validTo: 2014,
    });
    expect(history.successors('510122')).toEqual([
      { year: 2015, code: '510116', name: '双流区', level: 'DISTRICT' },
    ]);
    expect(history.predecessors('510116')).toEqual([
      { year: 2015, code: '510122', name: '双流县', level: 'DISTRICT' },
    ]);
    expect(history.unit('510116')).toMatchObject({ validFrom: 2015, validTo: null });
  });

  it('keeps a renamed code as one unit with the name of each year', () => {
    expect(history.unit('420600')).toMatchObject({ name: '襄阳市', validTo: null });
    expect(history.spellAt('420600', 2009)?.name).toBe('襄樊市');
    expect(history.spellAt('420600', 2010)?.name).toBe('襄阳市');
    expect(history.successors('420600')).toEqual([]);
  });

  it('knows the years a reused code was out of the lists', () => {
    const unit = history.unit('511402')!;
    expect(unit.spans).toEqual([
      { from: 1995, to: 1996 },
      { from: 2000, to: null },
    ]);
    expect(history.spellAt('511402', 1996)?.name).toBe('枳城区');
    expect(history.spellAt('511402', 2000)?.name).toBe('东坡区');
    expect([1996, 1997, 1999, 2000].map((year) => history.existsAt('511402', year))).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('gives each year’s tree as the codes whose first and last year span it, less its breaks', () => {
    for (const level of ['PROVINCE', 'CITY', 'DISTRICT'] as const) {
      for (let year = history.firstYear; year <= history.lastYear; year++) {
        const breaks = new Set(history.codesInBreakAt(level, year));
        const spanning = history
          .unitsOf(level)
          .filter(
            (unit) => unit.validFrom <= year && (unit.validTo === null || year <= unit.validTo),
          )
          .map((unit) => unit.code)
          .filter((code) => !breaks.has(code));
        expect(spanning, `${level} ${year}`).toEqual(history.codesAt(level, year));
      }
    }
    // 511402 was 枳城区 in 1995–1996 and 东坡区 from 2000: in a break from 1997 to 1999.
    expect(history.codesInBreakAt('DISTRICT', 1998)).toContain('511402');
    expect(history.codesInBreakAt('DISTRICT', 2000)).not.toContain('511402');
    expect(history.codesInBreakAt('DISTRICT', 1996)).not.toContain('511402');
  });

  it('answers years outside the lists with the nearest tree', () => {
    expect(history.treeYear(1975)).toBe(1981);
    expect(history.treeYear(2030)).toBe(2023);
    expect(history.codesAt('DISTRICT', 2030)).toBe(history.codesAt('DISTRICT', 2023));
    expect(ofCity.childrenOf('510100', 2030)).toEqual(ofCity.childrenOf('510100', 2023));
  });

  it('leaves 台湾, 香港 and 澳门 out of every year', () => {
    for (const code of ['710000', '810000', '820000']) expect(history.unit(code)).toBeUndefined();
  });
});

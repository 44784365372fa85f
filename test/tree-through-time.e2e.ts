import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { createTestAuth, postGraphQL, type TestAuth } from '@union/subgraph-kit/testing';
import {
  ENGINES,
  gatewayClient,
  recordSubgraphCosts,
  startGateway,
  startSubgraphs,
  type Subgraphs,
} from './support/federation';

/*
 * The tree through time, through both engines: a rollup counts the units of its period's
 * year, a retired code resolves with its years and successors, the tree fields answer for a
 * year, and a figure must fall in its unit's years.
 */

const CHENGDU_2013 = `{ city(code: "510100") {
  figure(metric: "members", period: "2013") {
    districtsSum { reporting expected missing }
    audit { status explanation } } } }`;

const SHUANGLIU_COUNTY = `{ district(code: "510122") {
  code name validFrom validTo city { code name } province { code }
  successors { year code name level } predecessors { code } } }`;

let subgraphs: Subgraphs;
let auth: TestAuth;

beforeAll(async () => {
  auth = await createTestAuth();
  subgraphs = await startSubgraphs('sqlite', auth.settings);
});

afterAll(async () => {
  await subgraphs?.stop();
});

describe.each(ENGINES)('the tree through time through the %s gateway', (engine) => {
  let gateway: RunningGateway;
  const query = gatewayClient(() => gateway);

  beforeAll(async () => {
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it("rolls Chengdu's 2013 members up over its 19 units of 2013: 17 missing, 双流县 among them", async () => {
    const response = await query(CHENGDU_2013);
    expect(response.errors).toBeUndefined();
    const { districtsSum, audit } = response.data!.city.figure;
    expect(districtsSum).toEqual({
      reporting: 2,
      expected: 19,
      missing: [
        '510105',
        '510107',
        '510108',
        '510112',
        '510113',
        '510114',
        '510115',
        '510121',
        '510122',
        '510124',
        '510129',
        '510131',
        '510132',
        '510181',
        '510182',
        '510183',
        '510184',
      ],
    });
    expect(audit.status).toBe('CONSISTENT');
    expect(audit.explanation).toContain('Missing 17 of 19 districts');
  });

  it('resolves the retired 双流县 510122 with its years, its city and its successor', async () => {
    const response = await query(SHUANGLIU_COUNTY);
    expect(response.errors).toBeUndefined();
    expect(response.data!.district).toEqual({
      code: '510122',
      name: '双流县',
      validFrom: 1981,
      validTo: 2014,
      city: { code: '510100', name: '成都市' },
      province: { code: '510000' },
      successors: [{ year: 2015, code: '510116', name: '双流区', level: 'DISTRICT' }],
      predecessors: [],
    });
  });

  it('gives 双流区 510116 its predecessor and no end', async () => {
    const response = await query(`{ district(code: "510116") {
      validFrom validTo successors { code } predecessors { year code name level } } }`);
    expect(response.data!.district).toEqual({
      validFrom: 2015,
      validTo: null,
      successors: [],
      predecessors: [{ year: 2015, code: '510122', name: '双流县', level: 'DISTRICT' }],
    });
  });

  it('lists a year’s tree under that year’s names: Chengdu 2013 and 2019, 简阳市 moving', async () => {
    const response = await query(`{
      chengdu2013: city(code: "510100") { districts(asOf: 2013) { code name } }
      chengdu2019: city(code: "510100") { districts(asOf: 2019) { code name } }
      ziyang2015: city(code: "512000") { districts(asOf: 2015) { code name } }
      chengdu2016: city(code: "510100") { districts(asOf: 2016) { code } }
      today: city(code: "510100") { districts { code } } }`);
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.chengdu2013.districts).toHaveLength(19);
    expect(data.chengdu2013.districts).toContainEqual({ code: '510122', name: '双流县' });
    expect(data.chengdu2013.districts).not.toContainEqual(
      expect.objectContaining({ code: '510116' }),
    );
    expect(data.chengdu2019.districts).toContainEqual({ code: '510132', name: '新津县' });
    expect(data.chengdu2019.districts).not.toContainEqual(
      expect.objectContaining({ code: '510118' }),
    );
    expect(data.ziyang2015.districts).toContainEqual({ code: '512081', name: '简阳市' });
    expect(data.chengdu2016.districts).toContainEqual({ code: '510185' });
    expect(data.today.districts.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['510116', '510117', '510118', '510185']),
    );
    expect(data.today.districts).toHaveLength(20);
  });

  it('has 莱芜市 in Shandong’s cities of 2017 and not of 2018', async () => {
    const response = await query(`{ province(code: "370000") {
      y2017: cities(asOf: 2017) { code } y2018: cities(asOf: 2018) { code } }
      laiwu: city(code: "371200") { name validTo successors { code name level }
        districts(asOf: 2017) { code name successors { year code name } } } }`);
    expect(response.errors).toBeUndefined();
    const { province, laiwu } = response.data!;
    expect(province.y2017).toContainEqual({ code: '371200' });
    expect(province.y2018).not.toContainEqual({ code: '371200' });
    expect(laiwu).toEqual({
      name: '莱芜市',
      validTo: 2017,
      successors: [{ code: '370100', name: '济南市', level: 'CITY' }],
      districts: [
        {
          code: '371202',
          name: '莱城区',
          successors: [{ year: 2018, code: '370116', name: '莱芜区' }],
        },
        {
          code: '371203',
          name: '钢城区',
          successors: [{ year: 2018, code: '370117', name: '钢城区' }],
        },
      ],
    });
  });

  it('leaves 511402 out of the years between its two spans of use, in every list', async () => {
    // 枳城区 in 1995–1996, then no unit until 东坡区 from 2000.
    const years = [1996, 1998, 2000];
    const lists = years
      .map(
        (year) => `
      province${year}: province(code: "510000") { districts(asOf: ${year}) { code name } }
      root${year}: districts(asOf: ${year}, provinceCode: "510000", first: 500) { code name }`,
      )
      .join('');
    const response = await query(`{ ${lists} }`);
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    const named511402 = (units: { code: string; name: string }[]) =>
      units.filter((unit) => unit.code === '511402').map((unit) => unit.name);
    for (const year of years) {
      expect(data[`root${year}`], `${year}`).toEqual(data[`province${year}`].districts);
    }
    expect(named511402(data.root1996)).toEqual(['枳城区']);
    expect(named511402(data.root1998)).toEqual([]);
    expect(data.root1998.length).toBeGreaterThan(100);
    expect(named511402(data.root2000)).toEqual(['东坡区']);
  });

  it('finds a retired name only when asked to', async () => {
    const response = await query(`{
      inUse: districts(search: "双流") { code name }
      all: districts(search: "双流", includeRetired: true) { code name validTo } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.inUse).toEqual([{ code: '510116', name: '双流区' }]);
    expect(response.data!.all).toEqual([
      { code: '510116', name: '双流区', validTo: null },
      { code: '510122', name: '双流县', validTo: 2014 },
    ]);
  });

  it('runs the national report over the 2013 tree in as many statements as today’s', async () => {
    const report = (asOf: string) => `{ provinces${asOf} { code
      figure(metric: "members", period: "2013") { reported { value } citiesSum { lower } }
      cities${asOf} { code figure(metric: "members", period: "2013") { districtsSum { lower } }
        districts${asOf} { code figure(metric: "members", period: "2013") { reported { value } } } } } }`;
    const today = await recordSubgraphCosts(subgraphs, () => query(report('')));
    const past = await recordSubgraphCosts(subgraphs, () => query(report('(asOf: 2013)')));
    expect(past.result.errors).toBeUndefined();
    expect(past.result.data!.provinces).toHaveLength(31);
    expect(past.statementsPerFetch).toEqual(today.statementsPerFetch);
  });
});

describe('figures of units through time (Chengdu reporter)', () => {
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    gateway = await startGateway('hive', subgraphs);
    token = await auth.token({ sub: 'alice', roles: ['reporter'], units: ['510100'] });
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  const record = (code: string, period: string) =>
    postGraphQL<{ recordDistrictFigure: { version: number } }>(
      gateway.url,
      `mutation($input: FigureInput!) { recordDistrictFigure(input: $input) { version } }`,
      { input: { code, metric: 'members', period, text: '30万人' } },
      token,
    );

  it('accepts a figure of 双流县 510122 for 2013, when it was in use', async () => {
    expect(await record('510122', '2013')).toEqual({
      data: { recordDistrictFigure: { version: 1 } },
    });
    const response = await postGraphQL<{ city: { figure: { districtsSum: unknown } } }>(
      gateway.url,
      `{ city(code: "510100") { figure(metric: "members", period: "2013") {
        districtsSum { reporting missing } } } }`,
    );
    expect(response.data!.city.figure.districtsSum).toMatchObject({ reporting: 3 });
  });

  it('refuses one of 双流县 for 2015 and of 双流区 for 2013, naming the years', async () => {
    const late = await record('510122', '2014-2015');
    expect(late.errors![0]).toMatchObject({
      message:
        'Argument "period": 510122 双流县 is in the division tree at the end of 1981–2014, not of ' +
        '2015 (2014-2015 is read at its end); it became 510116 双流区 (2015)',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' },
    });
    const early = await record('510116', '2013');
    expect(early.errors![0]).toMatchObject({
      message:
        'Argument "period": 510116 双流区 is in the division tree at the end of 2015–, not of ' +
        '2013; it came from 510122 双流县 (2015)',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' },
    });
  });
});

import { type SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type ServiceUnderTest, startServiceOn } from '@union/subgraph-kit/testing';
import { createServer } from '../src/server';

const ROLLUPS = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CityFigure { districtsSum { lower upper value reporting expected coverage missing } }
  ... on ProvinceFigure {
    districtsSum { lower upper reporting expected }
    directDistrictsSum { reporting expected missing } } } }`;

// Chengdu's 19 county-level units at the end of 2013 (双流县, 郫县 and 新津县 were still
// counties; 简阳市 was 资阳市's), less 锦江区 and 金牛区, which reported.
const CHENGDU_MISSING = [
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
];
describe.each(BACKENDS)('district figures and district rollups on %s', (backend) => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceOn(backend, 'district', createServer);
  });

  afterAll(async () => {
    await service?.close();
  });

  it("sums Chengdu's districts for 2013 members over the 2013 tree: 2 of 19", async () => {
    const result = await service.query<{ _entities: { districtsSum: unknown }[] }>(ROLLUPS, {
      r: [{ __typename: 'CityFigure', cityCode: '510100', metric: 'members', period: '2013' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]!.districtsSum).toEqual({
      lower: 326345,
      upper: 326345,
      value: 326345,
      reporting: 2,
      expected: 19,
      coverage: 2 / 19,
      missing: CHENGDU_MISSING,
    });
    expect(result.statements).toBe(1);
  });

  it('rolls a province up over all its units and over those with no city', async () => {
    const result = await service.query<{ _entities: unknown[] }>(ROLLUPS, {
      r: [
        { __typename: 'ProvinceFigure', provinceCode: '510000', metric: 'members', period: '2013' },
        { __typename: 'ProvinceFigure', provinceCode: '410000', metric: 'members', period: '2013' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      {
        districtsSum: { lower: 326345, upper: 326345, reporting: 2, expected: 183 },
        directDistrictsSum: { reporting: 0, expected: 0, missing: [] },
      },
      {
        districtsSum: { lower: 0, upper: 0, reporting: 0, expected: expect.any(Number) },
        directDistrictsSum: { reporting: 0, expected: 1, missing: ['419001'] },
      },
    ]);
    expect(result.statements).toBe(2);
  });

  it('adds decimal and unbounded figures exactly, and spans a rate, in a second statement only where needed', async () => {
    // Chengdu's districts report made-up 2022 figures: hardship aid of 0.1, 0.2 and 1 yuan
    // (as doubles they add up to 1.3000000000000003), a count with no upper bound (以上),
    // and a rate.
    const knex = (service.server.orm.orm.em as SqlEntityManager).getKnex();
    const row = (
      code: string,
      metric: string,
      value: number,
      upper: number | null,
      period = '2022',
    ) => ({
      code,
      metric,
      period,
      text: String(value),
      value,
      lower: value,
      upper,
      qualifier: upper === null ? 'AT_LEAST' : 'EXACT',
      unit: '元',
      complete: false,
    });
    await knex('district_figures').insert([
      row('510104', 'hardship_aid_funds', 0.1, 0.1),
      row('510105', 'hardship_aid_funds', 0.2, 0.2),
      row('510106', 'hardship_aid_funds', 1, 1),
      row('510104', 'grassroots_unions', 120, 120),
      row('510105', 'grassroots_unions', 80, null),
      row('510104', 'collective_contract_rate', 0.915, 0.915),
      row('510105', 'collective_contract_rate', 0.87, 0.87),
      // Before the first list a period is read in the 1981 tree, where Chengdu had two
      // county-level units: 金堂县 510121 and 双流县 510122.
      row('510121', 'members', 1000, 1000, '1975'),
    ]);
    const cell = (metric: string) => ({
      __typename: 'CityFigure',
      cityCode: '510100',
      metric,
      period: '2022',
    });
    const integers = await service.query<{ _entities: { districtsSum: unknown }[] }>(ROLLUPS, {
      r: [cell('grassroots_unions'), cell('collective_contract_rate')],
    });
    expect(integers.errors).toBeUndefined();
    expect(integers.data!._entities.map((e) => e.districtsSum)).toEqual([
      expect.objectContaining({ lower: 200, upper: null, value: 200, reporting: 2 }),
      expect.objectContaining({ lower: 0.87, upper: 0.915, value: null, reporting: 2 }),
    ]);
    expect(integers.statements).toBe(1);

    const decimals = await service.query<{ _entities: { districtsSum: unknown }[] }>(ROLLUPS, {
      r: [cell('hardship_aid_funds'), cell('grassroots_unions')],
    });
    expect(decimals.errors).toBeUndefined();
    expect(decimals.data!._entities.map((e) => e.districtsSum)).toEqual([
      expect.objectContaining({ lower: 1.3, upper: 1.3, value: 1.3, reporting: 3 }),
      expect.objectContaining({ lower: 200, upper: null, value: 200, reporting: 2 }),
    ]);
    expect(decimals.statements).toBe(2);

    const early = await service.query<{ _entities: { districtsSum: unknown }[] }>(ROLLUPS, {
      r: [{ ...cell('members'), period: '1975' }],
    });
    expect(early.errors).toBeUndefined();
    expect(early.data!._entities[0]!.districtsSum).toEqual(
      expect.objectContaining({ lower: 1000, value: 1000, reporting: 1 }),
    );
  });

  it("serves Jiangdu's membership at the start and the end of its term", async () => {
    const result = await service.query(`{ district(code: "321012") {
      start: figure(metric: "members", period: "2014") { reported { text value } }
      end: figure(metric: "members", period: "2019") { reported { text value } }
      flows: figures(period: "2014-2019") { metric } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      district: {
        start: { reported: { text: '179584名', value: 179584 } },
        end: { reported: { text: '283958名', value: 283958 } },
        flows: [
          'craftsmen_named',
          'education_aid_funds',
          'education_aid_recipients',
          'hardship_aid_funds',
          'hardship_aid_recipients',
          'labour_medal_recipients',
          'mutual_aid_beneficiaries',
          'union_cadres_trained',
        ].map((metric) => ({ metric })),
      },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type ServiceUnderTest, startServiceOn } from '@union/subgraph-kit/testing';
import { createServer } from '../src/server';

const CITIES_SUM = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on ProvinceFigure { citiesSum { lower upper value reporting expected coverage missing } } } }`;

const provinceCell = (provinceCode: string, metric: string, period: string) => ({
  __typename: 'ProvinceFigure',
  provinceCode,
  metric,
  period,
});

describe.each(BACKENDS)('city figures and city rollups on %s', (backend) => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceOn(backend, 'city', createServer);
  });

  afterAll(async () => {
    await service?.close();
  });

  it("serves Chengdu's 2013 membership with its interval", async () => {
    const result = await service.query(
      '{ city(code: "510100") { figure(metric: "members", period: "2013") { cityCode reported { text lower upper qualifier } } } }',
    );
    expect(result.data).toEqual({
      city: {
        figure: {
          cityCode: '510100',
          reported: { text: '329余万人', lower: 3290000, upper: 3300000, qualifier: 'MORE_THAN' },
        },
      },
    });
  });

  it("sums Sichuan's cities for 2013 members: one of 21 reported", async () => {
    const result = await service.query<{ _entities: { citiesSum: Record<string, unknown> }[] }>(
      CITIES_SUM,
      { r: [provinceCell('510000', 'members', '2013')] },
    );
    expect(result.errors).toBeUndefined();
    const rollup = result.data!._entities[0]!.citiesSum;
    expect(rollup).toMatchObject({
      lower: 3290000,
      upper: 3300000,
      value: 3290000,
      reporting: 1,
      expected: 21,
      coverage: 1 / 21,
    });
    expect(rollup.missing).toHaveLength(20);
    expect(rollup.missing).not.toContain('510100');
  });

  it('gives an empty rollup, never zero coverage of data, where no city reported', async () => {
    const result = await service.query<{ _entities: { citiesSum: Record<string, unknown> }[] }>(
      CITIES_SUM,
      { r: [provinceCell('110000', 'members', '2013'), provinceCell('440000', 'members', '1999')] },
    );
    expect(result.data!._entities[0]!.citiesSum).toEqual({
      lower: 0,
      upper: 0,
      value: null,
      reporting: 0,
      expected: 0,
      coverage: 0,
      missing: [],
    });
    expect(result.data!._entities[1]!.citiesSum).toMatchObject({ reporting: 0, expected: 21 });
  });

  it('sums every province of the nation for two metrics in one statement', async () => {
    const provinces = await service.query<{ cities: { code: string }[] }>('{ cities { code } }');
    const provinceCodes = [
      ...new Set(provinces.data!.cities.map((c) => `${c.code.slice(0, 2)}0000`)),
    ];
    const cells = provinceCodes.flatMap((code) => [
      provinceCell(code, 'members', '2013'),
      provinceCell(code, 'grassroots_unions', '2019'),
    ]);
    const result = await service.query<{ _entities: unknown[] }>(CITIES_SUM, { r: cells });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(cells.length);
    expect(result.statements).toBe(1);
  });

  it('spans rates instead of adding them', async () => {
    const result = await service.query<{ _entities: { citiesSum: Record<string, unknown> }[] }>(
      CITIES_SUM,
      { r: [provinceCell('510000', 'democratic_management_rate', '2019')] },
    );
    expect(result.data!._entities[0]!.citiesSum).toMatchObject({
      lower: 96.955,
      upper: 96.965,
      value: null,
      reporting: 1,
    });
  });
});

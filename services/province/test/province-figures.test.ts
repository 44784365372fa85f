import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type ServiceUnderTest, startServiceOn } from '@union/subgraph-kit/testing';
import { createServer } from '../src/server';

describe.each(BACKENDS)('province figures on %s', (backend) => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceOn(backend, 'province', createServer);
  });

  afterAll(async () => {
    await service?.close();
  });

  it("serves Sichuan's 2021 membership as printed, with its interval and source", async () => {
    const result = await service.query(`{ province(code: "510000") {
      figure(metric: "members", period: "2021") { provinceCode metric period
        reported { value lower upper qualifier text unit complete source { document quote } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      province: {
        figure: {
          provinceCode: '510000',
          metric: 'members',
          period: '2021',
          reported: {
            value: 18900000,
            lower: 18895000,
            upper: 18905000,
            qualifier: 'ROUNDED',
            text: '1890万人',
            unit: '人',
            complete: false,
            source: {
              document: '003_4471ee463593ae93.txt',
              quote: expect.stringContaining('1890万人'),
            },
          },
        },
      },
    });
  });

  it('gives the cell with reported null for a period nothing was reported for', async () => {
    const result = await service.query(
      '{ province(code: "510000") { figure(metric: "members", period: "2013") { period reported { text } } } }',
    );
    expect(result.data).toEqual({
      province: { figure: { period: '2013', reported: null } },
    });
  });

  it('lists every reported cell of all provinces with one statement for the lists', async () => {
    const result = await service.query<{
      provinces: { code: string; figures: { metric: string; reported: { text: string } }[] }[];
    }>('{ provinces { code figures(period: "2021") { metric reported { text } } } }');
    expect(result.errors).toBeUndefined();
    const sichuan = result.data!.provinces.find((p) => p.code === '510000')!;
    expect(sichuan.figures.length).toBeGreaterThanOrEqual(15);
    expect(sichuan.figures.map((f) => f.metric)).toEqual(
      [...sichuan.figures.map((f) => f.metric)].sort(),
    );
    expect(result.statements).toBe(2);
  });

  it('resolves a batch of figure cells in one statement', async () => {
    const cells = ['members', 'grassroots_unions', 'covered_units', 'rights_cases'].map(
      (metric) => ({
        __typename: 'ProvinceFigure',
        provinceCode: '510000',
        metric,
        period: '2021',
      }),
    );
    const result = await service.query<{ _entities: { reported: { text: string } | null }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProvinceFigure { reported { text } } } }',
      { r: cells },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]!.reported).toEqual({ text: '1890万人' });
    expect(result.statements).toBe(1);
  });

  it('gives one cell per metric asked, reported or not, joined into the list statement', async () => {
    const result = await service.query<{
      provinces: { code: string; cells: { metric: string; reported: { text: string } | null }[] }[];
    }>(`{ provinces { code
      cells(period: "2021", metrics: ["members", "rights_cases", "collective_contract_rate"]) {
        metric reported { text } } } }`);
    expect(result.errors).toBeUndefined();
    const sichuan = result.data!.provinces.find((p) => p.code === '510000')!;
    expect(sichuan.cells).toEqual([
      { metric: 'members', reported: { text: '1890万人' } },
      { metric: 'rights_cases', reported: { text: '6050件' } },
      { metric: 'collective_contract_rate', reported: null },
    ]);
    expect(result.data!.provinces).toHaveLength(31);
    expect(result.statements).toBe(1);
  });

  it('gives every catalog metric when cells names none', async () => {
    const result = await service.query<{ province: { cells: unknown[] }; metrics: unknown[] }>(
      '{ province(code: "510000") { cells(period: "2021") { metric } } metrics { code } }',
    );
    expect(result.data!.province.cells).toHaveLength(result.data!.metrics.length);
  });

  it('lists the metric catalog', async () => {
    const result = await service.query<{ metrics: { code: string; aggregation: string }[] }>(
      '{ metrics { code nameZh nameEn unit kind aggregation totalOf comparableAcrossLevels } }',
    );
    expect(result.data!.metrics).toContainEqual(
      expect.objectContaining({ code: 'democratic_management_rate', aggregation: 'NONE' }),
    );
    expect(result.data!.metrics).toContainEqual(
      expect.objectContaining({ code: 'migrant_worker_members', totalOf: 'members' }),
    );
    expect(result.statements).toBe(0);
  });

  it('rejects an unknown metric with BAD_USER_INPUT listing the valid codes', async () => {
    const result = await service.query(
      '{ province(code: "510000") { figure(metric: "member", period: "2021") { period } } }',
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toMatch(
      /^Argument "metric": unknown metric "member"; valid codes: grassroots_unions, covered_units, members,/,
    );
    expect(result.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'metric',
    });
  });

  it('rejects a malformed period with BAD_USER_INPUT naming the argument', async () => {
    const result = await service.query(
      '{ province(code: "510000") { figure(metric: "members", period: "2013-2008") { period } } }',
    );
    expect(result.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'period',
    });
  });

  it('reads an en-dash span as the same cell as the hyphenated one', async () => {
    const result = await service.query(
      '{ province(code: "510000") { figure(metric: "members", period: "2016–2021") { period } } }',
    );
    expect(result.data).toEqual({ province: { figure: { period: '2016-2021' } } });
  });

  it('loads the seed figures idempotently', async () => {
    const { seedProvinceService } = await import('../src/seed');
    const count = async () =>
      (
        await service.server.orm.orm.em
          .fork()
          .getConnection()
          .execute('select count(*) as n from province_figures')
      )[0].n;
    const before = Number(await count());
    await seedProvinceService(service.server.orm.orm.em.fork());
    expect(Number(await count())).toBe(before);
    expect(before).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import {
  ENGINES,
  gatewayClient,
  recordSubgraphCosts,
  startGateway,
  startSubgraphs,
  type Subgraphs,
} from './support/federation';

let subgraphs: Subgraphs;

beforeAll(async () => {
  subgraphs = await startSubgraphs();
});

afterAll(async () => {
  await subgraphs?.stop();
});

describe.each(ENGINES)('the hierarchy through the %s gateway', (engine) => {
  let gateway: RunningGateway;
  const query = gatewayClient(() => gateway);

  beforeAll(async () => {
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('walks 四川省 → 成都市 → 金牛区', async () => {
    const response = await query(`{
      province(code: "510000") { name pinyin
        cities { code name districts { code name pinyin initials } } } }`);
    expect(response.errors).toBeUndefined();
    const sichuan = response.data!.province;
    expect(sichuan.name).toBe('四川省');
    expect(sichuan.pinyin).toBe('si chuan sheng');
    expect(sichuan.cities).toHaveLength(21);
    const chengdu = sichuan.cities.find((c: { code: string }) => c.code === '510100');
    expect(chengdu.name).toBe('成都市');
    expect(chengdu.districts).toContainEqual({
      code: '510106',
      name: '金牛区',
      pinyin: 'jin niu qu',
      initials: 'jnq',
    });
  });

  it('walks back up from 金牛区 to 成都市 and 四川省', async () => {
    const response = await query(`{
      district(code: "510106") { name city { code name province { code name } } province { name } } }`);
    expect(response).toEqual({
      data: {
        district: {
          name: '金牛区',
          city: { code: '510100', name: '成都市', province: { code: '510000', name: '四川省' } },
          province: { name: '四川省' },
        },
      },
    });
  });

  it('gives 北京市 no cities and 16 districts', async () => {
    const response = await query(
      '{ province(code: "110000") { name cities { code } districts { code city { code } } } }',
    );
    expect(response.errors).toBeUndefined();
    const beijing = response.data!.province;
    expect(beijing.name).toBe('北京市');
    expect(beijing.cities).toEqual([]);
    expect(beijing.districts).toHaveLength(16);
    expect(beijing.districts.every((d: { city: unknown }) => d.city === null)).toBe(true);
  });

  it('gives 济源市 province 410000 and no city', async () => {
    const response = await query(
      '{ district(code: "419001") { name city { code } province { code name } } }',
    );
    expect(response).toEqual({
      data: {
        district: { name: '济源市', city: null, province: { code: '410000', name: '河南省' } },
      },
    });
  });

  it('gives 东莞市 no districts', async () => {
    const response = await query(
      '{ city(code: "441900") { name province { code } districts { code } } }',
    );
    expect(response).toEqual({
      data: { city: { name: '东莞市', province: { code: '440000' }, districts: [] } },
    });
  });

  it('finds exactly 510106 for "jinniu" and includes it for "jnq"', async () => {
    const jinniu = await query('{ districts(search: "jinniu") { code } }');
    expect(jinniu).toEqual({ data: { districts: [{ code: '510106' }] } });
    const initials = await query('{ districts(search: "jnq") { code name } }');
    expect(initials.data!.districts).toContainEqual({ code: '510106', name: '金牛区' });
  });

  it('counts 31 provinces, 333 cities and 2,844 county-level units', async () => {
    const response = await query('{ provinces { code } cities { code } districts { code } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.provinces).toHaveLength(31);
    expect(response.data!.cities).toHaveLength(333);
    expect(response.data!.districts).toHaveLength(2844);
  });

  it('answers null for well-formed codes that do not exist', async () => {
    const response = await query(
      '{ province(code: "990000") { name } city(code: "510199") { name } district(code: "510199") { name } }',
    );
    expect(response).toEqual({ data: { province: null, city: null, district: null } });
  });

  it.each([
    ['a malformed code', '{ city(code: "5101") { name } }', 'code'],
    [
      'a search over 100 characters',
      `{ provinces(search: "${'x'.repeat(101)}") { code } }`,
      'search',
    ],
    ['first over 500', '{ districts(first: 501) { code } }', 'first'],
  ])(
    'rejects %s with BAD_USER_INPUT naming the argument, and keeps serving',
    async (_, text, argument) => {
      const response = await query(text);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: argument,
      });
      const after = await query('{ province(code: "510000") { name } }');
      expect(after).toEqual({ data: { province: { name: '四川省' } } });
    },
  );

  it('walks the whole nation with one SQL statement per subgraph fetch', async () => {
    const { result, statementsPerFetch } = await recordSubgraphCosts(subgraphs, () =>
      query('{ provinces { cities { districts { city { province { code } } } } } }'),
    );
    expect(result.errors).toBeUndefined();
    const districts = result.data!.provinces.flatMap((p: { cities: { districts: unknown[] }[] }) =>
      p.cities.flatMap((c) => c.districts),
    );
    expect(districts).toHaveLength(2844 - 118);
    expect(statementsPerFetch.province).toEqual([1]);
    expect(statementsPerFetch.city.length).toBeGreaterThanOrEqual(2);
    expect(statementsPerFetch.city.every((n) => n === 1)).toBe(true);
    expect(statementsPerFetch.district.length).toBeGreaterThanOrEqual(1);
    expect(statementsPerFetch.district.every((n) => n === 1)).toBe(true);
  });
});

describe('GraphiQL', () => {
  it('is served by the Hive gateway to a browser on the GraphQL URL', async () => {
    const gateway = await startGateway('hive', subgraphs);
    try {
      const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html.toLowerCase()).toContain('graphiql');
      // Its scripts and styles are inlined: no <script src> or stylesheet from a CDN.
      expect(html).not.toMatch(/<script[^>]+src=["']?https?:/);
      expect(html).not.toMatch(/<link[^>]+href=["']?https?:[^"'\s>]+\.css/);
    } finally {
      await gateway.stop();
    }
  });
});

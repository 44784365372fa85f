import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type ServiceUnderTest, startServiceOn } from '@union/subgraph-kit/testing';
import { createServer } from '../src/server';

describe.each(BACKENDS)('district subgraph on %s', (backend) => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceOn(backend, 'district', createServer);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('lists all 2,844 county-level units when no page is asked for', async () => {
    const result = await service.query<{ districts: unknown[] }>('{ districts { code } }');
    expect(result.data!.districts).toHaveLength(2844);
    expect(result.statements).toBe(1);
  });

  it('pages in code order with first and offset', async () => {
    const all = await service.query<{ districts: { code: string }[] }>(
      '{ districts(provinceCode: "510000") { code } }',
    );
    const page = await service.query<{ districts: { code: string }[] }>(
      '{ districts(provinceCode: "510000", first: 5, offset: 10) { code } }',
    );
    expect(page.data!.districts).toEqual(all.data!.districts.slice(10, 15));
  });

  it('finds 金牛区 alone by "jinniu" and among others by "JNQ"', async () => {
    const jinniu = await service.query<{ districts: { code: string }[] }>(
      '{ districts(search: "jinniu") { code } }',
    );
    expect(jinniu.data!.districts).toEqual([{ code: '510106' }]);
    const initials = await service.query<{ districts: { code: string }[] }>(
      '{ districts(search: "JNQ") { code } }',
    );
    expect(initials.data!.districts.map((d) => d.code)).toContain('510106');
    expect(initials.data!.districts.length).toBeGreaterThan(1);
  });

  it('gives 济源市 its province and no city', async () => {
    const result = await service.query(
      '{ district(code: "419001") { name province { code } city { code } } }',
    );
    expect(result.data).toEqual({
      district: { name: '济源市', province: { code: '410000' }, city: null },
    });
  });

  it("adds each city's and province's districts in one statement per field", async () => {
    const result = await service.query<{
      _entities: { districts: { code: string }[] }[];
    }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on City { districts { code } } ... on Province { districts { code } } } }`,
      {
        r: [
          { __typename: 'City', code: '510100' },
          { __typename: 'City', code: '441900' },
          { __typename: 'Province', code: '110000' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    const [chengdu, dongguan, beijing] = result.data!._entities;
    expect(chengdu!.districts.map((d) => d.code)).toContain('510106');
    expect(dongguan!.districts).toEqual([]);
    expect(beijing!.districts).toHaveLength(16);
    expect(result.statements).toBe(2);
  });

  it.each([
    ['first over 500', '{ districts(first: 501) { code } }', 'first'],
    ['a negative offset', '{ districts(offset: -1) { code } }', 'offset'],
    [
      'a search over 100 characters',
      `{ districts(search: "${'a'.repeat(101)}") { code } }`,
      'search',
    ],
    ['a malformed cityCode', '{ districts(cityCode: "abc") { code } }', 'cityCode'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_, query, argumentName) => {
    const result = await service.query(query);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName });
    expect(result.statements).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type ServiceUnderTest, startServiceOn } from '@union/subgraph-kit/testing';
import { createServer } from '../src/server';

const PROVINCE_CITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Province { code cities { code name } } }
}`;

describe.each(BACKENDS)('city subgraph on %s', (backend) => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceOn(backend, 'city', createServer);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('lists the 333 prefecture-level units with one statement', async () => {
    const result = await service.query<{ cities: unknown[] }>('{ cities { code } }');
    expect(result.data!.cities).toHaveLength(333);
    expect(result.statements).toBe(1);
  });

  it('filters by province and search together', async () => {
    const result = await service.query<{ cities: { code: string }[] }>(
      '{ cities(provinceCode: "510000", search: "cd") { code name } }',
    );
    expect(result.data!.cities).toEqual([{ code: '510100', name: '成都市' }]);
  });

  it("adds every province's cities in one statement, none for a municipality", async () => {
    const representations = ['510000', '110000', '440000'].map((code) => ({
      __typename: 'Province',
      code,
    }));
    const result = await service.query<{
      _entities: { code: string; cities: { code: string }[] }[];
    }>(PROVINCE_CITIES, { r: representations });
    expect(result.errors).toBeUndefined();
    const [sichuan, beijing, guangdong] = result.data!._entities;
    expect(sichuan!.cities).toHaveLength(21);
    expect(sichuan!.cities[0]).toEqual({ code: '510100', name: '成都市' });
    expect(beijing!.cities).toEqual([]);
    expect(guangdong!.cities.map((c) => c.code)).toContain('441900');
    expect(result.statements).toBe(1);
  });

  it('resolves city references and their province without a province query', async () => {
    const result = await service.query<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on City { name province { code } } } }`,
      {
        r: [
          { __typename: 'City', code: '510100' },
          { __typename: 'City', code: '999900' },
        ],
      },
    );
    expect(result.data!._entities).toEqual([
      { name: '成都市', province: { code: '510000' } },
      null,
    ]);
    expect(result.statements).toBe(1);
  });

  it('rejects a malformed provinceCode with BAD_USER_INPUT', async () => {
    const result = await service.query('{ cities(provinceCode: "5100") { code } }');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'provinceCode',
    });
  });
});

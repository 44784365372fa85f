import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type ServiceUnderTest, startServiceOn } from '@union/subgraph-kit/testing';
import { createServer } from '../src/server';

describe.each(BACKENDS)('province subgraph on %s', (backend) => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceOn(backend, 'province', createServer);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('lists the 31 province-level units in code order with one statement', async () => {
    const result = await service.query<{ provinces: { code: string }[] }>('{ provinces { code } }');
    expect(result.errors).toBeUndefined();
    const codes = result.data!.provinces.map((p) => p.code);
    expect(codes).toHaveLength(31);
    expect(codes).toEqual([...codes].sort());
    expect(result.statements).toBe(1);
  });

  it('finds 四川省 by name, pinyin, initials and code prefix', async () => {
    for (const search of ['四川', 'SiChuan', 'scs', '51']) {
      const result = await service.query<{ provinces: { code: string }[] }>(
        'query($search: String) { provinces(search: $search) { code } }',
        { search },
      );
      expect(
        result.data?.provinces.map((p) => p.code),
        search,
      ).toEqual(['510000']);
    }
  });

  it('resolves 31 entity references in one statement', async () => {
    const tree = await service.query<{ provinces: { code: string }[] }>('{ provinces { code } }');
    const representations = tree.data!.provinces.map((p) => ({
      __typename: 'Province',
      code: p.code,
    }));
    const result = await service.query<{ _entities: { name: string }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Province { name pinyin } } }',
      { r: representations },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(31);
    expect(result.data!._entities[22]).toEqual({ name: '四川省', pinyin: 'si chuan sheng' });
    expect(result.statements).toBe(1);
  });

  it('answers null for a well-formed code that does not exist', async () => {
    const result = await service.query('{ province(code: "990000") { name } }');
    expect(result).toMatchObject({ data: { province: null } });
    expect(result.errors).toBeUndefined();
  });

  it('rejects a malformed code with BAD_USER_INPUT naming the argument', async () => {
    const result = await service.query('{ province(code: "51") { name } }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Argument "code": a division code is six digits, got "51"',
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'code' },
      }),
    ]);
  });

  it('answers a body that is not JSON with 400 and keeps serving', async () => {
    const response = await fetch(service.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'request body is not valid JSON' }],
    });
    const after = await service.query('{ province(code: "510000") { name } }');
    expect(after.data).toEqual({ province: { name: '四川省' } });
  });

  it('seeds only once: a second start on the same store keeps 31 rows', async () => {
    const { orm } = service.server;
    const { seedProvinceService } = await import('../src/seed');
    await seedProvinceService(orm.orm.em.fork());
    const result = await service.query<{ provinces: unknown[] }>('{ provinces { code } }');
    expect(result.data!.provinces).toHaveLength(31);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type ServiceUnderTest, startServiceOn } from '@union/subgraph-kit/testing';
import { createServer } from '../src/server';

const WHOLE_VALUE =
  'value lower upper qualifier text reading unit source { document quote } note complete';

interface Listed {
  code: string;
  figure: { reported: Record<string, unknown> | null };
}

/**
 * A list reads only the figure columns of the Value fields below it; these check that no
 * field anywhere in the same request is answered from such a partial row.
 */
describe.each(BACKENDS)('figures read by a list on %s', (backend) => {
  let service: ServiceUnderTest;
  let whole: Record<string, unknown>;

  beforeAll(async () => {
    service = await startServiceOn(backend, 'district', createServer);
    const alone = await service.query<{ district: Listed }>(
      `{ district(code: "510106") { code figure(metric: "members", period: "2013") {
          reported { ${WHOLE_VALUE} } } } }`,
    );
    expect(alone.errors).toBeUndefined();
    whole = alone.data!.district.figure.reported!;
    // 金牛区 reported its members in 2013, with the report it came from.
    expect(whole).toMatchObject({ text: '181386名', source: { document: expect.any(String) } });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('answers a field that asks for more of a listed cell with the whole figure', async () => {
    const result = await service.query<{ districts: Listed[]; district: Listed }>(
      `{ districts(cityCode: "510100") {
           code figure(metric: "members", period: "2013") { reported { text } } }
         district(code: "510106") {
           code figure(metric: "members", period: "2013") { reported { ${WHOLE_VALUE} } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const jinniu = result.data!.districts.find((d) => d.code === '510106');
    expect(jinniu!.figure.reported).toEqual({ text: '181386名' });
    expect(result.data!.district.figure.reported).toEqual(whole);
  });

  it('reads what two lists of one parent ask for in one statement', async () => {
    const result = await service.query<{ _entities: { a: Listed[]; b: Listed[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on City {
          a: districts { code figure(metric: "members", period: "2013") { reported { text } } }
          b: districts { code figure(metric: "members", period: "2013") {
            reported { ${WHOLE_VALUE} } } } } } }`,
      { r: [{ __typename: 'City', code: '510100' }] },
    );
    expect(result.errors).toBeUndefined();
    const [city] = result.data!._entities;
    expect(city!.a.find((d) => d.code === '510106')!.figure.reported).toEqual({ text: '181386名' });
    expect(city!.b.find((d) => d.code === '510106')!.figure.reported).toEqual(whole);
    // One list statement read the columns of both; no figure was loaded on its own.
    expect(result.statements).toBe(1);
  });

  it('tells the periods of one list apart', async () => {
    const result = await service.query<{
      districts: { code: string; start: Listed['figure']; end: Listed['figure'] }[];
    }>(
      `{ districts(cityCode: "321000") { code
           start: figure(metric: "members", period: "2014") { reported { text } }
           end: figure(metric: "members", period: "2019") { reported { text } } } }`,
    );
    expect(result.errors).toBeUndefined();
    // 江都区 printed its members at the start and the end of its term.
    const jiangdu = result.data!.districts.find((d) => d.code === '321012')!;
    expect(jiangdu.start.reported).toEqual({ text: '179584名' });
    expect(jiangdu.end.reported).toEqual({ text: '283958名' });
    expect(result.statements).toBe(1);
  });

  it('answers a cell nothing was reported for with null from the list alone', async () => {
    const result = await service.query<{ districts: Listed[] }>(
      `{ districts(cityCode: "510100") {
           code figure(metric: "members", period: "2013") { reported { text } } } }`,
    );
    expect(result.errors).toBeUndefined();
    // 青羊区 reported nothing for 2013 members.
    expect(result.data!.districts.find((d) => d.code === '510105')!.figure.reported).toBeNull();
    expect(result.statements).toBe(1);
  });
});

interface Written {
  code: string;
  figure: {
    version?: number;
    updatedAt: string | null;
    updatedBy: string | null;
    reported?: { text: string } | null;
  };
}

/** A cell's own write fields (version, updatedAt, updatedBy) under a list, as an edit grid asks. */
describe.each(BACKENDS)('write fields of cells read by a list on %s', (backend) => {
  let service: ServiceUnderTest;
  let alone: Written['figure'];

  beforeAll(async () => {
    service = await startServiceOn(backend, 'district', createServer);
    const result = await service.query<{ district: Written }>(
      `{ district(code: "510106") { code figure(metric: "members", period: "2013") {
          version updatedAt updatedBy } } }`,
    );
    expect(result.errors).toBeUndefined();
    alone = result.data!.district.figure;
    expect(alone).toMatchObject({ version: 1, updatedBy: 'seed', updatedAt: expect.any(String) });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('answers updatedAt and updatedBy beside reported from the list statement alone', async () => {
    const result = await service.query<{ districts: Written[] }>(
      `{ districts(cityCode: "510100") { code figure(metric: "members", period: "2013") {
          updatedAt updatedBy reported { text } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const jinniu = result.data!.districts.find((d) => d.code === '510106')!;
    expect(jinniu.figure).toEqual({
      updatedAt: alone.updatedAt,
      updatedBy: alone.updatedBy,
      reported: { text: '181386名' },
    });
    // 青羊区 reported nothing for 2013 members: no figure, so no writer either.
    const qingyang = result.data!.districts.find((d) => d.code === '510105')!;
    expect(qingyang.figure).toEqual({ updatedAt: null, updatedBy: null, reported: null });
    expect(result.statements).toBe(1);
  });

  it('reads version from the list, and only the history of cells with no figure', async () => {
    const result = await service.query<{ districts: Written[] }>(
      `{ districts(cityCode: "510100") { code figure(metric: "members", period: "2013") {
          version updatedAt updatedBy } } }`,
    );
    expect(result.errors).toBeUndefined();
    const jinniu = result.data!.districts.find((d) => d.code === '510106')!;
    expect(jinniu.figure).toEqual(alone);
    const qingyang = result.data!.districts.find((d) => d.code === '510105')!;
    expect(qingyang.figure).toEqual({ version: 0, updatedAt: null, updatedBy: null });
    // The list, then one batch of history for the cells nothing was reported for.
    expect(result.statements).toBe(2);
  });
});

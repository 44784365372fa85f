import { createServer, type Server } from 'node:net';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/*
 * A subgraph that dies takes only its own fields with it: the gateway answers what the
 * live subgraphs gave, with an error naming the missing one and never an HTTP 5xx, and it
 * recovers without a restart when the subgraph comes back.
 */

async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const MIXED = `{
  province(code: "510000") { name }
  district(code: "510106") { name city { name } }
}`;

describe.each(ENGINES)('a dead city subgraph through %s', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;

  beforeAll(async () => {
    subgraphs = await startSubgraphs('sqlite');
    gateway = await startGateway(engine, subgraphs);
    await subgraphs.kill('city');
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  it('answers the live subgraphs’ fields, with an error naming the city subgraph', async () => {
    const { status, body } = await post(gateway.url, MIXED);
    expect(status).toBe(200);
    expect(body.data).toEqual({
      province: { name: '四川省' },
      district: { name: '金牛区', city: null },
    });
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect(error.message).toMatch(/^the city subgraph is unavailable \(ECONNREFUSED\)/);
    }
    expect(body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
  });

  it('answers a root field of the dead subgraph with an error, not an HTTP 500', async () => {
    const { status, body } = await post(gateway.url, '{ city(code: "510100") { name } }');
    expect(status).toBe(200);
    expect(body.data?.city ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(/^the city subgraph is unavailable/);
  });

  it('recovers without a restart once the subgraph is back', async () => {
    await subgraphs.start('city');
    const { status, body } = await post(gateway.url, MIXED);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.district.city).toEqual({ name: '成都市' });
  });
});

describe.each(ENGINES)('a city subgraph that never answers, through %s', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;
  // Accepts connections and reads requests but never answers, as a stopped process does.
  let silent: Server;

  beforeAll(async () => {
    subgraphs = await startSubgraphs('sqlite');
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    gateway = await startGateway(engine, subgraphs, {
      upstreamTimeoutMs: 500,
      subgraphUrls: {
        province: subgraphs.servers.province.url,
        city: url,
        district: subgraphs.servers.district.url,
      },
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    silent?.close();
  });

  it('gives up on it after the upstream timeout and answers the rest', async () => {
    const { status, body } = await post(gateway.url, MIXED);
    expect(status).toBe(200);
    expect(body.data).toEqual({
      province: { name: '四川省' },
      district: { name: '金牛区', city: null },
    });
    expect(body.errors[0]).toMatchObject({
      message: 'the city subgraph did not answer within 0.5 s',
      extensions: { code: 'SUBGRAPH_TIMEOUT' },
    });
  });
});

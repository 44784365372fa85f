import http from '@graphql-mesh/transport-http';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jsonVariablesHttp } from '../src/json-variables-transport';

type Transport = { getSubgraphExecutor: typeof http.getSubgraphExecutor };
type Payload = Parameters<Transport['getSubgraphExecutor']>[0];

const ENTITIES = parse(`query ($representations: [_Any!]!, $period: String) {
  _entities(representations: $representations) { ... on CityFigure { audit { status } } }
}`);

// An entity fetch's variables as the gateway builds them: representations with the fields
// the audit requires, a null, nested objects, text outside ASCII and an empty list.
const VARIABLES = {
  representations: [
    {
      __typename: 'CityFigure',
      cityCode: '510100',
      metric: 'members',
      period: '2013',
      reported: { value: 1, lower: 1, upper: 1, text: '1个', complete: true },
      totalReported: null,
    },
    { __typename: 'CityFigure', cityCode: '510300', metric: 'members', period: '2013', tags: [] },
  ],
  period: null,
};

/** Runs one request through a transport's executor and returns the body the subgraph got. */
async function bodySentBy(transport: Transport): Promise<{ body: string; data: unknown }> {
  const bodies: string[] = [];
  const payload = {
    transportEntry: { kind: 'http', subgraph: 'district', location: 'http://district/graphql' },
    fetch: (_url: string, init: { body: string }) => {
      bodies.push(init.body);
      return new Response('{"data":{"_entities":[]}}', {
        headers: { 'content-type': 'application/json' },
      });
    },
    getDisposeReason: () => undefined,
  } as unknown as Payload;
  const executor = await transport.getSubgraphExecutor(payload);
  const result = (await executor({ document: ENTITIES, variables: VARIABLES })) as {
    data: unknown;
  };
  expect(bodies).toHaveLength(1);
  return { body: bodies[0]!, data: result.data };
}

describe('jsonVariablesHttp', () => {
  it('sends the very bytes the stock HTTP transport sends, and answers what it answers', async () => {
    const stock = await bodySentBy(http);
    const lean = await bodySentBy(jsonVariablesHttp);
    expect(lean.body).toBe(stock.body);
    expect(JSON.parse(lean.body).variables).toEqual(VARIABLES);
    expect(lean.data).toEqual({ _entities: [] });
    expect(lean.data).toEqual(stock.data);
  });

  it('reads a representation once, to write it, where the stock transport copies it first', async () => {
    const readsOfReported = async (transport: Transport) => {
      let reads = 0;
      const representation = { __typename: 'CityFigure', cityCode: '510100' };
      Object.defineProperty(representation, 'reported', {
        enumerable: true,
        get: () => ((reads += 1), { value: 1 }),
      });
      const executor = await transport.getSubgraphExecutor({
        transportEntry: { kind: 'http', subgraph: 'district', location: 'http://d/graphql' },
        fetch: () =>
          new Response('{"data":{}}', { headers: { 'content-type': 'application/json' } }),
        getDisposeReason: () => undefined,
      } as unknown as Payload);
      await executor({ document: ENTITIES, variables: { representations: [representation] } });
      return reads;
    };
    expect(await readsOfReported(http)).toBe(2);
    expect(await readsOfReported(jsonVariablesHttp)).toBe(1);
  });

  it('keeps the executor disposable, so stopping the gateway aborts its requests', async () => {
    const executor = await jsonVariablesHttp.getSubgraphExecutor({
      transportEntry: { kind: 'http', subgraph: 'city', location: 'http://city/graphql' },
      getDisposeReason: () => undefined,
    } as unknown as Payload);
    expect(typeof (executor as unknown as AsyncDisposable)[Symbol.asyncDispose]).toBe('function');
  });
});

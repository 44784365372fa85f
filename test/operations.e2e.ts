import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { createServer as createCityServer } from '@union/city';
import { REQUEST_ID_HEADER, SERVICES } from '@union/subgraph-kit';
import { createTemporaryDatabase, createTestGatewayTrust } from '@union/subgraph-kit/testing';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/*
 * What an operator relies on, on every process: /healthz, /readyz that touches what the
 * process needs, Prometheus /metrics, a request id the gateway passes to the subgraphs, and
 * a stop that answers the requests in flight.
 */

const at = (url: string, path: string) => new URL(path, url).toString();

/**
 * A pass-through in front of a subgraph that remembers the request ids it saw, and can hold
 * each request for `delayMs` so that requests overlap.
 */
async function recordingProxy(
  target: string,
): Promise<{ url: string; ids: string[]; server: Server; delayMs: number }> {
  const ids: string[] = [];
  const proxy = { delayMs: 0 };
  const server = createServer(async (request, response) => {
    const id = request.headers[REQUEST_ID_HEADER];
    if (typeof id === 'string') ids.push(id);
    if (proxy.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, proxy.delayMs));
    const upstream = httpRequest(
      at(target, request.url ?? '/'),
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, { url: `http://127.0.0.1:${port}/graphql`, ids, server });
}

describe.each(ENGINES)('operations through %s', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;

  beforeAll(async () => {
    subgraphs = await startSubgraphs('sqlite');
    proxy = await recordingProxy(subgraphs.servers.city.url);
    gateway = await startGateway(engine, subgraphs, {
      subgraphUrls: {
        province: subgraphs.servers.province.url,
        city: proxy.url,
        district: subgraphs.servers.district.url,
      },
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    proxy?.server.close();
    await subgraphs?.stop();
  });

  it('answers /healthz and /readyz on the gateway and every subgraph', async () => {
    for (const url of [gateway.url, ...SERVICES.map((s) => subgraphs.servers[s].url)]) {
      expect((await fetch(at(url, '/healthz'))).status).toBe(200);
      const ready = await fetch(at(url, '/readyz'));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', problems: [] });
    }
  });

  it('passes the request id to the subgraphs and gives it back', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: 'audit-run-42' },
      body: JSON.stringify({ query: '{ city(code: "510100") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { city: { name: '成都市' } } });
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe('audit-run-42');
    expect(proxy.ids).toContain('audit-run-42');
  });

  it('merges identical in-flight subgraph requests on Hive (its default), not on Apollo', async () => {
    // Two callers' identical queries, each with its own request id, while the city subgraph
    // is slow to answer: Hive sends one subgraph request carrying one of the ids.
    const ask = (id: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: id },
        body: JSON.stringify({ query: '{ city(code: "510104") { name } }' }),
      }).then((response) => response.json());
    const before = proxy.ids.length;
    proxy.delayMs = 300;
    try {
      const answers = await Promise.all([ask('merge-a'), ask('merge-b')]);
      expect(answers).toEqual([{ data: { city: null } }, { data: { city: null } }]);
    } finally {
      proxy.delayMs = 0;
    }
    const seen = proxy.ids.slice(before);
    expect(seen).toHaveLength(engine === 'hive' ? 1 : 2);
    expect(['merge-a', 'merge-b']).toContain(seen[0]);
  });

  it('counts requests in Prometheus /metrics', async () => {
    const text = await (await fetch(at(gateway.url, '/metrics'))).text();
    expect(text).toMatch(
      /http_requests_total\{route="\/graphql",status="200",service="gateway"\} \d+/,
    );
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('is not ready while a subgraph is down, naming it, and ready again when it is back', async () => {
    await subgraphs.kill('district');
    try {
      const down = await fetch(at(gateway.url, '/readyz'));
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'not ready', problems: ['district'] });
    } finally {
      await subgraphs.start('district');
    }
  });
});

describe('a subgraph whose database is gone', () => {
  it('answers /readyz 503 naming the database, /healthz still 200', async () => {
    const database = await createTemporaryDatabase('union_readyz');
    const server = await createCityServer({
      port: 0,
      host: '127.0.0.1',
      sqlitePath: '/nonexistent/unused.sqlite',
      databaseUrl: database.url,
      gatewayTrust: createTestGatewayTrust(),
    });
    try {
      expect((await fetch(at(server.url, '/readyz'))).status).toBe(200);
      await database.drop();
      const gone = await fetch(at(server.url, '/readyz'));
      expect(gone.status).toBe(503);
      expect(await gone.json()).toMatchObject({ status: 'not ready', problems: ['database'] });
      expect((await fetch(at(server.url, '/healthz'))).status).toBe(200);
    } finally {
      await server.stop().catch(() => undefined);
    }
  });
});

describe.each(ENGINES)('stopping the gateway on %s', (engine) => {
  let subgraphs: Subgraphs;
  // Accepts requests and answers none, so a query stays in flight until the upstream timeout.
  let silent: Server;

  beforeAll(async () => {
    subgraphs = await startSubgraphs('sqlite');
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    silent?.closeAllConnections();
    silent?.close();
    await subgraphs?.stop();
  });

  it('answers the request in flight before it closes', async () => {
    const { port } = silent.address() as AddressInfo;
    const gateway = await startGateway(engine, subgraphs, {
      upstreamTimeoutMs: 1_000,
      subgraphUrls: {
        province: subgraphs.servers.province.url,
        city: `http://127.0.0.1:${port}/graphql`,
        district: subgraphs.servers.district.url,
      },
    });
    const inFlight = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ province(code: "510000") { name } city(code: "510100") { name } }',
      }),
    });
    // The request has reached the gateway once the silent subgraph holds a connection.
    while (
      ((await new Promise<number>((resolve) =>
        silent.getConnections((_, count) => resolve(count)),
      )) ?? 0) === 0
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const stopped = gateway.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      data: { province: { name: '四川省' }, city: null },
      errors: [{ extensions: { code: 'SUBGRAPH_TIMEOUT' } }],
    });
    await stopped;
    await expect(fetch(gateway.url)).rejects.toThrow();
  });
});

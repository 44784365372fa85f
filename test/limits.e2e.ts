import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { nationalReportOperation } from '../bench/src/workloads/national-report';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/*
 * Shapes that took a gateway down, refused before planning with a client error (never a
 * 5xx), on both engines; and the big queries people really send, admitted.
 */

async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const nested = (levels: number) =>
  `{ province(code: "510000") { ${'cities { province { '.repeat(levels)}code${' } }'.repeat(levels)} } }`;

describe.each(ENGINES)('limits through %s', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;

  beforeAll(async () => {
    subgraphs = await startSubgraphs('sqlite');
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  it.each([
    [
      '40 aliases',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: metrics { code }`).join(' ')} }`,
      /aliases/i,
    ],
    [
      '2,500 aliases of a report',
      `{ ${Array.from({ length: 2500 }, (_, i) => `a${i}: provinces { cities { code } }`).join(' ')} }`,
      /token|aliases/i,
    ],
    ['a document nested 1,500 deep', nested(750), /depth/i],
    ['100,000 tokens', `{ metrics { ${'code '.repeat(100_000)}} }`, /token/i],
  ])('refuses %s with a client error naming the limit', async (_, query, limit) => {
    const { status, body } = await post(gateway.url, query);
    expect(status, JSON.stringify(body).slice(0, 300)).toBeLessThan(500);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message, JSON.stringify(body).slice(0, 300)).toMatch(limit);
  });

  it('still admits the national report and a query nested as deep as the walk', async () => {
    const report = nationalReportOperation({ metric: 'members', period: '2013', withAudit: true });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: report.query, variables: report.variables }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: { provinces: unknown[] } };
    expect(body.errors).toBeUndefined();
    expect(body.data!.provinces).toHaveLength(31);
    expect((await post(gateway.url, nested(3))).body.errors).toBeUndefined();
  });
});

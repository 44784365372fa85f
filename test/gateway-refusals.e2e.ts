import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import { createTestAuth, type TestAuth } from '@union/subgraph-kit/testing';
import { buildSubtreeQuery } from '../clients/audit/src/subtree-query';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

/*
 * What a hostile or careless client sends, refused before planning with a 4xx and a code
 * (never a 5xx), on both engines: lists inside lists, too many requests, a huge body, a
 * batch; and a huge argument is never echoed back whole.
 */

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const nestedCities = (times: number) =>
  `{ province(code: "510000") { ${'cities { province { '.repeat(times)}code${' } }'.repeat(times)} } }`;

describe.each(ENGINES)('refusals through %s', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;
  let auth: TestAuth;

  beforeAll(async () => {
    auth = await createTestAuth();
    subgraphs = await startSubgraphs('sqlite', auth.settings);
    gateway = await startGateway(engine, subgraphs);
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  it('refuses province → cities nested four times as too costly, naming the cost', async () => {
    const { status, body } = await post(gateway.url, { query: nestedCities(4) });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(
      /^query cost 408,410 is over the limit of 100,000: ask for fewer lists inside lists/,
    );
  });

  it('admits the same walk nested three times, and the audit CLI subtree query', async () => {
    expect((await post(gateway.url, { query: nestedCities(3) })).body.errors).toBeUndefined();
    const { query, variables } = buildSubtreeQuery(['members', 'grassroots_unions']);
    const answer = await post(gateway.url, { query, variables: variables('510000', '2013') });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.provinceCities).toHaveLength(21);
  });

  it('refuses a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const query = `{ metrics { code } }`;
    const { status, body } = await post(gateway.url, {
      query,
      variables: { padding: 'x'.repeat(1_100_000) },
    });
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a batch of operations with a client error', async () => {
    const { status, body } = await post(gateway.url, [
      { query: '{ metrics { code } }' },
      { query: '{ metrics { code } }' },
    ]);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(JSON.stringify(body)).not.toContain('"data":{');
  });

  it('never echoes a 100 KB argument back whole', async () => {
    const huge = '5'.repeat(100_000);
    for (const query of [
      `{ district(code: "${huge}") { name } }`,
      `{ districts(search: "${huge}") { code } }`,
      `{ district(code: ${huge}) { name } }`,
    ]) {
      const { status, text } = await post(gateway.url, { query });
      expect(status).toBeLessThan(500);
      expect(text).toContain('"errors"');
      expect(text.length).toBeLessThan(5_000);
    }
  });

  describe('with a rate limit of 3 requests', () => {
    let limited: RunningGateway;

    beforeAll(async () => {
      limited = await startGateway(engine, subgraphs, {
        rateLimit: { burst: 3, perSecond: 0.001 },
      });
    });

    afterAll(async () => {
      await limited?.stop();
    });

    it('refuses the fourth request of a caller with 429 RATE_LIMITED, not another caller', async () => {
      const query = { query: '{ metrics { code } }' };
      for (let i = 0; i < 3; i += 1) expect((await post(limited.url, query)).status).toBe(200);
      const refused = await post(limited.url, query);
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      const token = await auth.token({ sub: 'alice', roles: ['reporter'], units: ['510100'] });
      const other = await post(limited.url, query, token);
      expect(other.status).toBe(200);
      expect(other.body.errors).toBeUndefined();
    });
  });
});

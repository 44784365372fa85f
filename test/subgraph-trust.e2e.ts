import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway } from '@union/gateway';
import {
  MAX_REPRESENTATIONS,
  readServiceEnv,
  SERVICES,
  SIGNATURE_HEADER,
  signBody,
  STATS_SECRET_HEADER,
} from '@union/subgraph-kit';
import {
  ENGINES,
  gatewayClient,
  postSignedToSubgraph,
  startGateway,
  startSubgraphs,
  type Subgraphs,
} from './support/federation';

/*
 * Subgraphs answer only their gateway: every request must carry the gateway's HMAC of its
 * body's exact bytes. A caller who reaches a subgraph directly, with made-up
 * representations, is refused before any GraphQL work; what the gateway itself sends is
 * checked as the root fields check their arguments.
 */

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on ProvinceFigure { audit { status explanation } }
    ... on CityFigure { districtsSum { lower upper reporting expected } }
  }
}`;

/** The forged audit the issue reported: citiesSum made up as 21 of 21 reporting. */
const FORGED_AUDIT = {
  representations: [
    {
      __typename: 'ProvinceFigure',
      provinceCode: '510000',
      metric: 'members',
      period: '2013',
      reported: { value: 1, lower: 1, upper: 1, text: '1人', complete: false },
      totalReported: null,
      citiesSum: { lower: 1, upper: 1, value: 1, reporting: 21, expected: 21, missing: [] },
    },
  ],
};

/** POSTs body text as it is, with any headers; the status and the parsed answer. */
async function postText(url: string, text: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: text,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function postRaw(url: string, body: unknown, headers: Record<string, string> = {}) {
  return postText(url, JSON.stringify(body), headers);
}

/** The header a holder of `secret` would send with this body text. */
function signedWith(secret: string, text: string): Record<string, string> {
  return { [SIGNATURE_HEADER]: signBody(secret, text) };
}

describe('subgraphs trust only the gateway', () => {
  let subgraphs: Subgraphs;

  beforeAll(async () => {
    subgraphs = await startSubgraphs('sqlite');
  });

  afterAll(async () => {
    await subgraphs?.stop();
  });

  it('listen on 127.0.0.1 unless told otherwise', () => {
    for (const service of SERVICES) {
      expect(readServiceEnv(service, {}).host).toBe('127.0.0.1');
      expect(readServiceEnv(service, { [`${service.toUpperCase()}_HOST`]: '0.0.0.0' }).host).toBe(
        '0.0.0.0',
      );
    }
  });

  it.each(SERVICES)('the %s subgraph refuses an unsigned query', async (service) => {
    const answer = await postRaw(subgraphs.servers[service].url, { query: '{ _service { sdl } }' });
    expect(answer).toEqual({
      status: 403,
      body: {
        errors: [
          {
            message:
              'this subgraph answers only its gateway: the request carries no valid gateway signature',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      },
    });
  });

  it('refuses forged representations sent straight to the district subgraph', async () => {
    const url = subgraphs.servers.district.url;
    const unsigned = await postRaw(url, { query: ENTITIES, variables: FORGED_AUDIT });
    expect(unsigned.status).toBe(403);
    expect(unsigned.body.errors[0].extensions.code).toBe('FORBIDDEN');

    const forged = JSON.stringify({ query: ENTITIES, variables: FORGED_AUDIT });
    const foreign = await postText(url, forged, signedWith('f'.repeat(64), forged));
    expect(foreign.status).toBe(403);

    // A signature the gateway made for real figures does not cover changed ones.
    const secret = subgraphs.gatewayTrust.secret!;
    const genuine = JSON.stringify({
      query: ENTITIES,
      variables: { representations: [{ ...FORGED_AUDIT.representations[0], citiesSum: null }] },
    });
    const replayed = await postText(url, forged, signedWith(secret, genuine));
    expect(replayed.status).toBe(403);
    expect(replayed.body.data ?? null).toBeNull();
  });

  it('checks the exact bytes: a signed body with a member added or respaced is refused', async () => {
    const url = subgraphs.servers.city.url;
    const secret = subgraphs.gatewayTrust.secret!;
    const text = JSON.stringify({ query: '{ _service { sdl } }' });
    const signature = signedWith(secret, text);
    expect((await postText(url, text, signature)).status).toBe(200);

    // JSON.parse keeps the last of two equal keys: a caller appending a second "query" to a
    // signed body would run a document nobody signed.
    const appended = `${text.slice(0, -1)},"query":"{ __typename }"}`;
    expect((await postText(url, appended, signature)).status).toBe(403);
    const respaced = JSON.stringify(JSON.parse(text) as unknown, null, 2);
    expect((await postText(url, respaced, signature)).status).toBe(403);
  });

  it('refuses a GET, whose query string nothing signs', async () => {
    const url = new URL(subgraphs.servers.city.url);
    url.searchParams.set('query', '{ _service { sdl } }');
    const secret = subgraphs.gatewayTrust.secret!;
    const response = await fetch(url, { headers: signedWith(secret, '') });
    expect(response.status).toBe(403);
  });

  it('refuses a batch, signed or not', async () => {
    const url = subgraphs.servers.city.url;
    const batch = JSON.stringify([{ query: '{ _service { sdl } }' }]);
    expect((await postText(url, batch)).status).toBe(403);
    const signed = await postText(url, batch, signedWith(subgraphs.gatewayTrust.secret!, batch));
    expect(signed).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'send one GraphQL request as a JSON object',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
  });

  it('checks representation keys as the root fields check arguments', async () => {
    const cell = {
      __typename: 'CityFigure',
      cityCode: '510100',
      metric: 'members',
      period: '2013',
    };
    const answer = await postSignedToSubgraph(subgraphs, 'district', ENTITIES, {
      representations: [cell, { ...cell, metric: 'nope' }, { ...cell, period: '13' }],
    });
    expect(answer.data!._entities[0].districtsSum).toMatchObject({ reporting: 2, expected: 19 });
    expect(answer.data!._entities.slice(1)).toEqual([null, null]);
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT'],
      [['_entities', 2], 'BAD_USER_INPUT'],
    ]);
    expect(answer.errors?.[0]?.message).toContain('unknown metric "nope"');
    expect(answer.errors?.[1]?.extensions?.argumentName).toBe('period');
  });

  it(`refuses more than ${MAX_REPRESENTATIONS} representations in one request`, async () => {
    const representations = Array.from({ length: MAX_REPRESENTATIONS + 1 }, () => ({
      __typename: 'District',
      code: '510106',
    }));
    const answer = await postSignedToSubgraph(subgraphs, 'district', ENTITIES, {
      representations,
    });
    expect(answer).toEqual({
      errors: [
        {
          message: `${MAX_REPRESENTATIONS + 1} representations in one request; at most ${MAX_REPRESENTATIONS}`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it('keeps /stats for holders of the secret', async () => {
    const stats = new URL('/stats', subgraphs.servers.city.url).toString();
    expect((await fetch(stats)).status).toBe(403);
    const allowed = await fetch(stats, {
      headers: { [STATS_SECRET_HEADER]: subgraphs.gatewayTrust.secret! },
    });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ service: 'city', requests: expect.any(Number) });
  });

  describe.each(ENGINES)('through %s', (engine) => {
    let gateway: RunningGateway;
    const query = gatewayClient(() => gateway);

    beforeAll(async () => {
      gateway = await startGateway(engine, subgraphs);
    });

    afterAll(async () => {
      await gateway?.stop();
    });

    it('signs every subgraph request, so a walk over all three levels answers', async () => {
      const answer = await query(`{
        district(code: "510106") { name city { name province { name } } }
        city(code: "510100") {
          figure(metric: "members", period: "2013") { districtsSum { reporting expected } }
        }
      }`);
      expect(answer).toEqual({
        data: {
          district: { name: '金牛区', city: { name: '成都市', province: { name: '四川省' } } },
          city: { figure: { districtsSum: { reporting: 2, expected: 19 } } },
        },
      });
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isSignedBody, SIGNATURE_HEADER } from '@union/subgraph-kit';
import { signedGuardedFetch, signSubgraphFetch } from '../src/signed-subgraph-fetch';

const SECRET = 's'.repeat(64);

/** A fetch that records the init it was given and answers 200. */
function recordingFetch() {
  type SentInit = { body?: unknown; headers: Record<string, string> };
  const seen: { url: string; init: SentInit }[] = [];
  const fetch = (url: string, init?: unknown) => {
    seen.push({ url, init: init as SentInit });
    return Promise.resolve(new Response('{}'));
  };
  return { fetch, seen };
}

describe('signSubgraphFetch', () => {
  const body = '{"query":"{ city(code: \\"510100\\") { name } }"}';

  it.each([
    ['a record (Apollo)', { authorization: 'Bearer t', 'x-request-id': 'r1' }],
    ['a Headers object', new Headers({ authorization: 'Bearer t', 'x-request-id': 'r1' })],
    [
      'a list of pairs',
      [
        ['authorization', 'Bearer t'],
        ['x-request-id', 'r1'],
      ],
    ],
  ])('signs the exact body and keeps the headers given as %s', async (_form, headers) => {
    const { fetch, seen } = recordingFetch();
    await signSubgraphFetch(
      fetch,
      'city',
      SECRET,
    )('http://city/graphql', {
      method: 'POST',
      body,
      headers,
    });
    expect(seen).toHaveLength(1);
    const sent = seen[0]!.init;
    expect(sent.body).toBe(body);
    expect(sent.headers.authorization).toBe('Bearer t');
    expect(sent.headers['x-request-id']).toBe('r1');
    expect(isSignedBody(SECRET, Buffer.from(body), sent.headers[SIGNATURE_HEADER]!)).toBe(true);
    expect(isSignedBody('o'.repeat(64), Buffer.from(body), sent.headers[SIGNATURE_HEADER]!)).toBe(
      false,
    );
  });

  it('signs a request that came with no headers', async () => {
    const { fetch, seen } = recordingFetch();
    await signSubgraphFetch(fetch, 'city', SECRET)('http://city/graphql', { body });
    expect(Object.keys(seen[0]!.init.headers)).toEqual([SIGNATURE_HEADER]);
  });

  it('refuses to send a body it cannot sign, naming the subgraph', () => {
    const { fetch, seen } = recordingFetch();
    const signed = signSubgraphFetch(fetch, 'district', SECRET);
    expect(() => signed('http://district/graphql', { body: new FormData() })).toThrow(
      'cannot sign a request to the district subgraph: its body is not text',
    );
    expect(() => signed('http://district/graphql')).toThrow(/district subgraph/);
    expect(seen).toHaveLength(0);
  });
});

describe('signedGuardedFetch', () => {
  it('signs what goes out and still answers an unreachable subgraph as unavailable', async () => {
    const seen: Record<string, string>[] = [];
    const refusing = (_url: string, init?: unknown) => {
      seen.push((init as { headers: Record<string, string> }).headers);
      return Promise.reject(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      );
    };
    const fetch = signedGuardedFetch(refusing, 'city', SECRET, 1_000);
    const response = (await fetch('http://city/graphql', { body: '{}' })) as Response;
    expect(await response.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'the city subgraph is unavailable (ECONNREFUSED)',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'city' },
        },
      ],
    });
    expect(isSignedBody(SECRET, Buffer.from('{}'), seen[0]![SIGNATURE_HEADER]!)).toBe(true);
  });

  it('lets a body it cannot sign fail as itself, not as an unavailable subgraph', () => {
    const { fetch, seen } = recordingFetch();
    const guarded = signedGuardedFetch(fetch, 'district', SECRET, 1_000);
    expect(() => guarded('http://district/graphql', { body: new FormData() })).toThrow(
      'cannot sign a request to the district subgraph: its body is not text',
    );
    expect(seen).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeInflight } from '../src/merging-fetcher';

type Fetcher = Parameters<typeof mergeInflight>[0];

/** A fetcher that answers after `release()` and records what it was asked. */
function slowFetcher() {
  const calls: string[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetcher = (async (url: string, init?: { body?: unknown }) => {
    calls.push(`${url} ${String(init?.body)}`);
    await gate;
    return new Response(JSON.stringify({ data: { echo: String(init?.body) } }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as Fetcher;
  return { fetcher, calls, release };
}

describe('mergeInflight', () => {
  it('sends identical in-flight requests once and gives each caller its own body', async () => {
    const { fetcher, calls, release } = slowFetcher();
    const merged = mergeInflight(fetcher);
    const init = { method: 'POST', body: '{"query":"{a}"}' };
    const first = merged('http://city/graphql', init as never);
    const second = merged('http://city/graphql', init as never);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(calls).toHaveLength(1);
    const bodies = [await a.json(), await b.json()];
    expect(bodies).toEqual([
      { data: { echo: '{"query":"{a}"}' } },
      { data: { echo: '{"query":"{a}"}' } },
    ]);
    expect(bodies[0]).not.toBe(bodies[1]);
  });

  it('sends requests with different bodies or URLs separately', async () => {
    const { fetcher, calls, release } = slowFetcher();
    const merged = mergeInflight(fetcher);
    const pending = [
      merged('http://city/graphql', { method: 'POST', body: '1' } as never),
      merged('http://city/graphql', { method: 'POST', body: '2' } as never),
      merged('http://district/graphql', { method: 'POST', body: '1' } as never),
    ];
    release();
    await Promise.all(pending);
    expect(calls).toHaveLength(3);
  });

  it('does not cache: the same request after the first has answered is sent again', async () => {
    const { fetcher, calls, release } = slowFetcher();
    release();
    const merged = mergeInflight(fetcher);
    await merged('http://city/graphql', { method: 'POST', body: 'x' } as never);
    await merged('http://city/graphql', { method: 'POST', body: 'x' } as never);
    expect(calls).toHaveLength(2);
  });
});

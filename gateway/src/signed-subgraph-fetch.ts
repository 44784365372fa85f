import { SIGNATURE_HEADER, signBody } from '@union/subgraph-kit';

/** Apollo's node-fetch style fetcher and Hive's WHATWG fetch: a URL and init in, a response out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fetch = (url: string, init?: any) => any;

type HeadersLike = Headers | [string, string][] | Record<string, string> | undefined;

/** The init's headers as a record with one more, whichever form the engine gave them in. */
function withHeader(headers: HeadersLike, name: string, value: string): Record<string, string> {
  const record: Record<string, string> =
    headers instanceof Headers || Array.isArray(headers)
      ? Object.fromEntries(headers)
      : { ...headers };
  record[name] = value;
  return record;
}

/**
 * Wraps one subgraph's fetch so every request carries the gateway's signature of its body,
 * the exact string about to be sent (SIGNATURE_HEADER). It wraps the fetch that reaches the
 * network, after any merging of identical requests, so a merged request is signed once.
 * Both engines send their subgraph requests as JSON text; any other body would go out
 * unsigned and be refused, so it is an error here, naming the subgraph.
 */
export function signSubgraphFetch<F extends Fetch>(fetch: F, subgraph: string, secret: string): F {
  const signed = (url: string, init: { body?: unknown; headers?: HeadersLike } = {}) => {
    if (typeof init.body !== 'string') {
      throw new Error(`cannot sign a request to the ${subgraph} subgraph: its body is not text`);
    }
    const headers = withHeader(init.headers, SIGNATURE_HEADER, signBody(secret, init.body));
    return fetch(url, { ...init, headers }) as unknown;
  };
  return signed as F;
}

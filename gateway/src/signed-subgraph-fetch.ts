import { SIGNATURE_HEADER, signBody } from '@union/subgraph-kit';
import { guardSubgraphFetch } from './guarded-subgraph-fetch';

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
 * the exact string about to be sent (SIGNATURE_HEADER). Both engines send their subgraph
 * requests as JSON text; any other body would go out unsigned and be refused, so it is an
 * error here, naming the subgraph.
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

/**
 * The fetch both engines send a subgraph's requests through: signed, and guarded by
 * guardSubgraphFetch (timeout, unreachable subgraph). The guard answers any failure as the
 * subgraph being unavailable, so the signing wraps the guard rather than the other way
 * round: a body that cannot be signed fails with its own message. Signing does not touch
 * the body, so requests merged below this (Apollo's mergeInflight) still merge.
 */
export function signedGuardedFetch<F extends Fetch>(
  fetch: F,
  subgraph: string,
  secret: string,
  timeoutMs: number,
): F {
  return signSubgraphFetch(guardSubgraphFetch(fetch, subgraph, timeoutMs), subgraph, secret);
}

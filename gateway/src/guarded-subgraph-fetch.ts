/** How long the gateway waits for one subgraph request before answering without it. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 15_000;

/** Apollo's node-fetch style fetcher and Hive's WHATWG fetch: a URL and init in, a response out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fetch = (url: string, init?: any) => any;

/**
 * A GraphQL answer standing in for a subgraph that did not give one: no data, an error
 * naming the subgraph. Both engines then treat it as that subgraph's own error, so the
 * client gets what the live subgraphs gave, never an HTTP 5xx.
 */
function unavailable(subgraph: string, code: string, message: string): Response {
  return new Response(
    JSON.stringify({
      data: null,
      errors: [{ message, extensions: { code, serviceName: subgraph } }],
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );
}

/**
 * Wraps one subgraph's fetch: the request is abandoned after `timeoutMs` (a stopped process
 * held queries for 51 s), and a refused connection or a timeout becomes an answer with an
 * error naming the subgraph (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT). The next request tries
 * again, so the gateway recovers as soon as the subgraph is back.
 */
export function guardSubgraphFetch<F extends Fetch>(
  fetch: F,
  subgraph: string,
  timeoutMs: number,
): F {
  const guarded = async (url: string, init: { signal?: AbortSignal | null } = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return (await fetch(url, { ...init, signal })) as unknown;
    } catch (error) {
      if (timeout.aborted) {
        return unavailable(
          subgraph,
          'SUBGRAPH_TIMEOUT',
          `the ${subgraph} subgraph did not answer within ${timeoutMs / 1000} s`,
        );
      }
      if (init.signal?.aborted) throw error;
      const reason = systemErrorCode(error) ?? 'no answer';
      return unavailable(
        subgraph,
        'SUBGRAPH_UNAVAILABLE',
        `the ${subgraph} subgraph is unavailable (${reason})`,
      );
    }
  };
  return guarded as F;
}

/** The system error code (ECONNREFUSED, ECONNRESET...) however the fetch wrapped it. */
function systemErrorCode(error: unknown): string | undefined {
  const direct = (error as { code?: unknown }).code;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  for (const code of [direct, cause]) {
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return /\b(E[A-Z]{4,})\b/.exec(error instanceof Error ? error.message : String(error))?.[1];
}

import { type RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

interface SharedResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  text: string;
}

function authorizationOf(init: Parameters<Fetcher>[1]): string {
  const headers = init?.headers;
  if (!headers) return '';
  if (headers instanceof Headers) return headers.get('authorization') ?? '';
  if (Array.isArray(headers)) {
    return headers.find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
  }
  const record = headers as Record<string, string>;
  return record.authorization ?? record.Authorization ?? '';
}

/**
 * Apollo Gateway has no merging of identical in-flight subgraph requests; this adds it at
 * the fetcher, keyed on URL, body and the caller's Authorization header like Hive's transport,
 * so callers with different tokens never share an answer. Each caller parses its own
 * copy of the body, since the gateway merges fetched data into its result in place.
 */
export function mergeInflight(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<SharedResponse>>();
  const merged = async (url: string, init?: Parameters<Fetcher>[1]) => {
    const key = `${init?.method ?? 'GET'} ${url}\n${authorizationOf(init)}\n${String(init?.body ?? '')}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = (async () => {
        const response = await fetcher(url, init);
        return {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers],
          text: await response.text(),
        };
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    const { status, statusText, headers, text } = await shared;
    return new Response(text, { status, statusText, headers });
  };
  return merged as unknown as Fetcher;
}

import { type Readiness, type ServiceName } from '@union/subgraph-kit';

/** How long the gateway's /readyz waits for each subgraph's. */
const READYZ_TIMEOUT_MS = 2_000;

/**
 * The gateway is ready when every subgraph's /readyz says so (each of which has touched its
 * database); otherwise it names the ones that are not.
 */
export function subgraphReadiness(
  subgraphUrls: Record<ServiceName, string>,
): () => Promise<Readiness> {
  return async () => {
    const problems: string[] = [];
    await Promise.all(
      Object.entries(subgraphUrls).map(async ([service, url]) => {
        const readyz = new URL('/readyz', url).toString();
        try {
          const response = await fetch(readyz, { signal: AbortSignal.timeout(READYZ_TIMEOUT_MS) });
          await response.body?.cancel();
          if (!response.ok) problems.push(service);
        } catch {
          problems.push(service);
        }
      }),
    );
    return { ready: problems.length === 0, problems: problems.sort() };
  };
}

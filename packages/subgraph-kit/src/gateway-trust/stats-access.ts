import { createHash, timingSafeEqual } from 'node:crypto';

/** The header that carries the gateway secret to a subgraph's `/stats`. */
export const STATS_SECRET_HEADER = 'x-gateway-secret';

/**
 * `/stats` tells how busy a subgraph is and what its requests cost; only whoever holds the
 * gateway secret (the tests, the benchmark, an operator) may read it. Compared as digests so
 * the comparison takes the same time whatever was sent.
 */
export function hasStatsSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { viewerOf } from '@union/subgraph-kit';

export interface RateLimit {
  /** Requests a caller may send at once. */
  burst: number;
  /** Requests per second a caller regains, up to `burst`. */
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 200, perSecond: 100 };

/** Past this many callers, those with a full bucket (idle a while) are forgotten. */
const MAX_TRACKED_CALLERS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Who a request counts against: the verified token's subject when there is one (so callers
 * behind one address are apart), the client's address otherwise.
 */
function callerOf(request: IncomingMessage): string {
  const viewer = viewerOf(request);
  return viewer ? `sub:${viewer.sub}` : `ip:${request.socket.remoteAddress ?? 'unknown'}`;
}

function refuse(response: ServerResponse, retryAfterSeconds: number): void {
  response.statusCode = 429;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('retry-after', String(retryAfterSeconds));
  response.end(
    JSON.stringify({
      errors: [
        {
          message: `too many requests; try again in ${retryAfterSeconds} s`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
        },
      ],
    }),
  );
}

/**
 * A token bucket per caller in front of both engines: each request takes one token, tokens
 * come back at `perSecond`. Everything outside /graphql (health checks, metrics) is free.
 * Runs inside the auth gate, which has verified the token by then.
 */
export function withRateLimit(
  handler: RequestListener,
  limit: RateLimit,
  now: () => number = Date.now,
): RequestListener {
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(
      limit.burst,
      bucket.tokens + ((at - bucket.at) / 1000) * limit.perSecond,
    );
    bucket.at = at;
  };
  return (request, response) => {
    if ((request.url ?? '/').split('?')[0] !== '/graphql') {
      handler(request, response);
      return;
    }
    const at = now();
    const caller = callerOf(request);
    let bucket = buckets.get(caller);
    if (!bucket) {
      if (buckets.size >= MAX_TRACKED_CALLERS) {
        for (const [key, old] of buckets) {
          refill(old, at);
          if (old.tokens >= limit.burst) buckets.delete(key);
        }
      }
      bucket = { tokens: limit.burst, at };
      buckets.set(caller, bucket);
    }
    refill(bucket, at);
    if (bucket.tokens < 1) {
      refuse(response, Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond)));
      return;
    }
    bucket.tokens -= 1;
    handler(request, response);
  };
}

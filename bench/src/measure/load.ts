import http from 'node:http';
import { type Workload } from '../workloads';

export interface LoadOptions {
  workload: Workload;
  url: string;
  concurrency: number;
  durationMs: number;
  /** Keep going past the duration until this many requests finished. */
  minRequests: number;
}

export interface LoadResult {
  /** Milliseconds per answered request, in finishing order (answers with errors included). */
  latencies: number[];
  /** Requests answered with GraphQL errors, or not answered at all. */
  failures: number;
  firstFailure: string | undefined;
  elapsedMs: number;
}

/** Stop a measurement that only fails rather than spin for its whole duration. */
const FAILURES_BEFORE_GIVING_UP = 10;

/**
 * A closed loop: `concurrency` clients each send the next request as soon as the previous
 * answered, until the duration is over and at least `minRequests` finished. An answer with
 * GraphQL errors still counts in the latencies (the work was done) and as a failure.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async () => {
    while (performance.now() < deadline || latencies.length < options.minRequests) {
      if (latencies.length === 0 && failures >= FAILURES_BEFORE_GIVING_UP) break;
      const sent = performance.now();
      try {
        const response = await options.workload.send(options.url, agent);
        latencies.push(performance.now() - sent);
        const failure = options.workload.failureOf(response);
        if (failure) {
          failures += 1;
          firstFailure ??= failure;
        }
      } catch (error) {
        failures += 1;
        firstFailure ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  agent.destroy();
  return { latencies, failures, firstFailure, elapsedMs: performance.now() - started };
}

/** The value at quantile q (0–1) of the samples, nearest rank; NaN for none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

import http from 'node:http';
import { type Workload } from '../workloads';
import { readStats } from './subgraph-stats';

/** A server whose /stats counts requests served and SQL statements run. */
export interface CountedServer {
  name: string;
  url: string;
}

export interface RequestCost {
  /** Requests each counted server served for the one request sent. */
  requests: Record<string, number>;
  /** SQL statements each counted server ran for it. */
  statements: Record<string, number>;
  /** The answer, for comparing targets; undefined when the response reported errors. */
  answer: unknown;
  error: string | undefined;
}

/**
 * Sends one request, alone, and reads from each server's /stats what it cost: the numbers
 * the bench prints per subgraph and the statement-count test asserts.
 */
export async function measureRequestCost(
  workload: Workload,
  url: string,
  counted: readonly CountedServer[],
): Promise<RequestCost> {
  const before = await Promise.all(counted.map((server) => readStats(server.url)));
  const agent = new http.Agent({ keepAlive: false });
  try {
    const response = await workload.send(url, agent);
    const after = await Promise.all(counted.map((server) => readStats(server.url)));
    const requests: Record<string, number> = {};
    const statements: Record<string, number> = {};
    counted.forEach((server, i) => {
      requests[server.name] = after[i]!.requests - before[i]!.requests;
      statements[server.name] = after[i]!.statements - before[i]!.statements;
    });
    try {
      return { requests, statements, answer: workload.answerOf(response), error: undefined };
    } catch (error) {
      return { requests, statements, answer: undefined, error: String(error) };
    }
  } finally {
    agent.destroy();
  }
}

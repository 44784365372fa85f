import { STATS_SECRET_HEADER } from '@union/subgraph-kit';
import { getJson } from './http-client';
import { benchGatewaySecret } from '../targets/bench-gateway-secret';

export interface ServerStats {
  requests: number;
  statements: number;
}

/** A server's /stats (requests served, SQL statements run), next to its /graphql. */
export async function readStats(graphqlUrl: string): Promise<ServerStats> {
  const url = new URL(graphqlUrl);
  url.pathname = '/stats';
  const stats = await getJson<Partial<ServerStats>>(url.toString(), {
    [STATS_SECRET_HEADER]: benchGatewaySecret(),
  });
  return { requests: stats.requests ?? 0, statements: stats.statements ?? 0 };
}

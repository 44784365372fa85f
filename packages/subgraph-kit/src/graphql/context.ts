import { type SqlEntityManager } from '@mikro-orm/knex';
import { type Viewer } from '@union/domain';
import { type ReportRuntime } from '../reports/report-settings';

/** What every subgraph's per-request context carries; each service adds its loaders. */
export interface RequestContext<Loaders> {
  requestId: string;
  /** Forked per request, tagged with the request id so its SQL is counted. */
  em: SqlEntityManager;
  loaders: Loaders;
  /** Who is asking, from a token this subgraph verified itself; null when anonymous. */
  viewer: Viewer | null;
  /** The audit seal's key and lifetime, the entry deadline and the clock. */
  reports: ReportRuntime;
}

export function createRequestContext<Loaders>(
  root: SqlEntityManager,
  requestId: string,
  viewer: Viewer | null,
  createLoaders: (em: SqlEntityManager) => Loaders,
  reports: ReportRuntime,
): RequestContext<Loaders> {
  const em = root.fork({ loggerContext: { requestId } });
  return { requestId, em, loaders: createLoaders(em), viewer, reports };
}

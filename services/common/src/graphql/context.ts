import { type EntityManager } from '@mikro-orm/core';

/** What every subgraph's per-request context carries; each service adds its loaders. */
export interface RequestContext<Loaders> {
  requestId: string;
  /** Forked per request, tagged with the request id so its SQL is counted. */
  em: EntityManager;
  loaders: Loaders;
}

export function createRequestContext<Loaders>(
  root: EntityManager,
  requestId: string,
  createLoaders: (em: EntityManager) => Loaders,
): RequestContext<Loaders> {
  const em = root.fork({ loggerContext: { requestId } });
  return { requestId, em, loaders: createLoaders(em) };
}

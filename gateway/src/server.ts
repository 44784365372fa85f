import {
  type AuthSettings,
  close,
  createTokenVerifier,
  refuseEveryToken,
  withAuthGate,
  type GatewayEngine,
  listen,
  type ServiceName,
} from '@union/subgraph-kit';
import { createServer } from 'node:http';
import { createApolloGatewayServer } from './apollo-gateway';
import { createHiveGatewayServer } from './hive-gateway';
import { withDashboard } from './dashboard';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits';
import { loadSupergraph } from './supergraph';
import { type TrustedDocuments, withTrustedDocuments } from './trusted-documents';

export interface GatewayOptions {
  engine: GatewayEngine;
  port: number;
  host?: string;
  supergraphPath: string;
  subgraphUrls: Record<ServiceName, string>;
  /** Merge identical in-flight subgraph requests; each engine's own default when absent. */
  mergeRequests?: boolean | undefined;
  /** What one request may ask for; DEFAULT_QUERY_LIMITS when absent. */
  limits?: QueryLimits | undefined;
  /** Where tokens are verified against (readAuthSettings); absent: every token is refused. */
  auth?: AuthSettings | undefined;
  /** Operations served by hash, and whether anonymous callers may run only those. */
  trustedDocuments?: TrustedDocuments | undefined;
  /** A built dashboard to serve under /dashboard/ (web/dist); none when absent. */
  dashboardDir?: string | undefined;
}

/** What each engine ships with: Hive merges identical in-flight requests, Apollo cannot. */
export const MERGES_BY_DEFAULT: Record<GatewayEngine, boolean> = { hive: true, apollo: false };

export interface RunningGateway {
  engine: GatewayEngine;
  url: string;
  stop(): Promise<void>;
}

/** Starts the gateway on the chosen engine; no side effects until called. */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const supergraph = loadSupergraph(options.supergraphPath, options.subgraphUrls);
  const merge = options.mergeRequests ?? MERGES_BY_DEFAULT[options.engine];
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const { handler, dispose } =
    options.engine === 'apollo'
      ? await createApolloGatewayServer(supergraph, merge, limits)
      : createHiveGatewayServer(supergraph, merge, limits);
  const server = createServer(
    withAuthGate(
      withDashboard(withTrustedDocuments(handler, options.trustedDocuments), options.dashboardDir),
      {
        verify: options.auth ? await createTokenVerifier(options.auth) : refuseEveryToken,
        requiredForReads: options.auth?.requiredForReads ?? false,
      },
    ),
  );
  const url = await listen(server, options.port, options.host);
  return {
    engine: options.engine,
    url,
    async stop() {
      await close(server);
      await dispose();
    },
  };
}

export { DASHBOARD_PATH, DEFAULT_DASHBOARD_DIR } from './dashboard';
export { DEFAULT_MANIFEST, loadTrustedDocuments, type TrustedDocuments } from './trusted-documents';

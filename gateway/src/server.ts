import {
  type AuthSettings,
  close,
  createTokenVerifier,
  refuseEveryToken,
  withAuthGate,
  type GatewayEngine,
  listen,
  readShutdownDeadline,
  type ServiceName,
  type GatewayTrustSettings,
  resolveGatewaySecret,
  createLogger,
  withOperations,
} from '@union/subgraph-kit';
import { createServer } from 'node:http';
import { createApolloGatewayServer } from './apollo-gateway';
import { createHiveGatewayServer } from './hive-gateway';
import { withDashboard } from './dashboard';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits';
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits';
export { DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit';
import { loadSupergraph } from './supergraph';
import { subgraphReadiness } from './subgraph-readiness';
import { DEFAULT_RATE_LIMIT, type RateLimit, withRateLimit } from './rate-limit';
import { DEFAULT_MAX_BODY_BYTES, withBodyLimit } from './body-limit';
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from './guarded-subgraph-fetch';
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
  /** Requests per caller; DEFAULT_RATE_LIMIT when absent. */
  rateLimit?: RateLimit | undefined;
  /** The largest request body; DEFAULT_MAX_BODY_BYTES when absent. */
  maxBodyBytes?: number | undefined;
  /** How long one subgraph request may take; DEFAULT_UPSTREAM_TIMEOUT_MS when absent. */
  upstreamTimeoutMs?: number | undefined;
  /** Where tokens are verified against (readAuthSettings); absent: every token is refused. */
  auth?: AuthSettings | undefined;
  /** The secret every subgraph request is signed with (readGatewayTrustSettings). */
  gatewayTrust: GatewayTrustSettings;
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
  const shutdownDeadlineMs = readShutdownDeadline();
  const supergraph = loadSupergraph(options.supergraphPath, options.subgraphUrls);
  const merge = options.mergeRequests ?? MERGES_BY_DEFAULT[options.engine];
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const secret = await resolveGatewaySecret(options.gatewayTrust);
  const timeout = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const subgraphOf = (url: string) =>
    (Object.entries(options.subgraphUrls) as [ServiceName, string][]).find(
      ([, subgraphUrl]) => subgraphUrl === url,
    )?.[0];
  const { handler, dispose } =
    options.engine === 'apollo'
      ? await createApolloGatewayServer(supergraph, merge, limits, secret, timeout)
      : createHiveGatewayServer(supergraph, merge, limits, secret, timeout, subgraphOf);
  // Outside in: health, readiness, metrics and the request id; the body's size, the
  // caller's token, the dashboard's files, trusted documents (which need to know whether
  // the caller is anonymous), the caller's rate, then the engine.
  const operated = withOperations(
    withBodyLimit(
      withAuthGate(
        withDashboard(
          withTrustedDocuments(
            withRateLimit(handler, options.rateLimit ?? DEFAULT_RATE_LIMIT),
            options.trustedDocuments,
          ),
          options.dashboardDir,
        ),
        {
          verify: options.auth ? await createTokenVerifier(options.auth) : refuseEveryToken,
          requiredForReads: options.auth?.requiredForReads ?? false,
        },
      ),
      options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    ),
    {
      service: 'gateway',
      logger: createLogger('gateway'),
      readiness: subgraphReadiness(options.subgraphUrls),
    },
  );
  const server = createServer(operated.listener);
  const url = await listen(server, options.port, options.host);
  return {
    engine: options.engine,
    url,
    async stop() {
      await close(server, operated, shutdownDeadlineMs);
      await dispose();
    },
  };
}

export { DASHBOARD_PATH, DEFAULT_DASHBOARD_DIR } from './dashboard';
export { DEFAULT_MANIFEST, loadTrustedDocuments, type TrustedDocuments } from './trusted-documents';

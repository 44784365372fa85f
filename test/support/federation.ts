import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type AuthSettings,
  type GatewayTrustSettings,
  DEFAULT_SEAL_MINUTES,
  type GatewayEngine,
  type ReportSettings,
  REPO_ROOT,
  SERVICES,
  type ServiceName,
  type SubgraphRuntimeOptions,
  type SubgraphServer,
} from '@union/subgraph-kit';
import {
  createTemporaryDatabase,
  postGraphQL,
  type TemporaryDatabase,
} from '@union/subgraph-kit/testing';
import { createServer as createCityServer } from '@union/city';
import { createServer as createDistrictServer } from '@union/district';
import { createServer as createProvinceServer } from '@union/province';
import { createGateway, type GatewayOptions, type RunningGateway } from '@union/gateway';

const createServers: Record<ServiceName, (o: SubgraphRuntimeOptions) => Promise<SubgraphServer>> = {
  province: createProvinceServer,
  city: createCityServer,
  district: createDistrictServer,
};

export const ENGINES: GatewayEngine[] = ['hive', 'apollo'];

export interface Subgraphs {
  servers: Record<ServiceName, SubgraphServer>;
  /** The keys tokens are verified against, when the federation was started with them. */
  auth?: AuthSettings | undefined;
  /** The secret the gateway signs with and the subgraphs verify; fresh per federation. */
  gatewayTrust: GatewayTrustSettings;
  /** Stops one subgraph, as a crash would take it away; `start` brings it back. */
  kill(service: ServiceName): Promise<void>;
  /** Starts a killed subgraph again on the same port and store. */
  start(service: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the three level subgraphs on free ports, each on a fresh store: SQLite files in
 * a temporary folder, or one new PostgreSQL database per service. The three share a fresh
 * audit-seal secret, as a deployment's subgraphs share REPORT_SEAL_SECRET; `reports` sets
 * the entry deadline (none by default) or the seal's lifetime.
 */
export async function startSubgraphs(
  store: 'sqlite' | 'postgresql' = 'sqlite',
  auth?: AuthSettings,
  reports: Partial<ReportSettings> = {},
): Promise<Subgraphs> {
  const reportSettings: ReportSettings = {
    sealSecret: randomBytes(32).toString('hex'),
    sealSecretDir: undefined,
    sealMinutes: DEFAULT_SEAL_MINUTES,
    entryDays: null,
    ...reports,
  };
  const gatewayTrust = { secret: randomBytes(32).toString('hex'), secretDir: undefined };
  const folder = mkdtempSync(path.join(tmpdir(), 'union-federation-'));
  const databases: TemporaryDatabase[] = [];
  const servers = {} as Record<ServiceName, SubgraphServer>;
  const options = {} as Record<ServiceName, SubgraphRuntimeOptions>;
  const killed = new Set<ServiceName>();
  try {
    for (const service of SERVICES) {
      const database =
        store === 'postgresql' ? await createTemporaryDatabase(`union_e2e_${service}`) : null;
      if (database) databases.push(database);
      options[service] = {
        port: 0,
        host: '127.0.0.1',
        sqlitePath: path.join(folder, `${service}.sqlite`),
        databaseUrl: database?.url,
        auth,
        reports: reportSettings,
        gatewayTrust,
      };
      servers[service] = await createServers[service](options[service]);
      options[service].port = servers[service].port;
    }
  } catch (error) {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    throw error;
  }
  return {
    servers,
    auth,
    gatewayTrust,
    async kill(service) {
      killed.add(service);
      await servers[service].stop();
    },
    async start(service) {
      servers[service] = await createServers[service](options[service]);
      killed.delete(service);
    },
    async stop() {
      await Promise.all(
        SERVICES.filter((service) => !killed.has(service)).map((s) => servers[s].stop()),
      );
      await Promise.all(databases.map((database) => database.drop()));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A gateway on a free port routing to the given subgraphs through the checked-in supergraph;
 * `extra` adds options such as trusted documents or the dashboard.
 */
export function startGateway(
  engine: GatewayEngine,
  subgraphs: Subgraphs,
  extra: Partial<GatewayOptions> = {},
): Promise<RunningGateway> {
  return createGateway({
    engine,
    port: 0,
    host: '127.0.0.1',
    supergraphPath: path.join(REPO_ROOT, 'schema', 'supergraph.graphql'),
    subgraphUrls: Object.fromEntries(
      SERVICES.map((service) => [service, subgraphs.servers[service].url]),
    ) as Record<ServiceName, string>,
    auth: subgraphs.auth,
    gatewayTrust: subgraphs.gatewayTrust,
    ...extra,
  });
}

/** The SQL cost of each subgraph request made while `action` ran, per service. */
export async function recordSubgraphCosts<T>(
  subgraphs: Subgraphs,
  action: () => Promise<T>,
): Promise<{ result: T; statementsPerFetch: Record<ServiceName, number[]> }> {
  const before = Object.fromEntries(
    SERVICES.map((s) => [s, subgraphs.servers[s].sqlLog.totals().requests]),
  );
  const result = await action();
  const statementsPerFetch = Object.fromEntries(
    SERVICES.map((service) => {
      const log = subgraphs.servers[service].sqlLog;
      const fetches = log.totals().requests - before[service]!;
      return [
        service,
        fetches === 0
          ? []
          : log
              .requests()
              .slice(-fetches)
              .map((r) => r.statements),
      ];
    }),
  ) as Record<ServiceName, number[]>;
  return { result, statementsPerFetch };
}

// End-to-end tests walk deep, query-shaped responses; asserting whole values keeps them honest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseData = Record<string, any>;

/**
 * Sends an operation straight to a subgraph, signed with the gateway's secret: what a caller
 * who holds that secret (or the gateway itself) could send.
 */
export function postSignedToSubgraph(
  subgraphs: Subgraphs,
  service: ServiceName,
  text: string,
  variables?: Record<string, unknown>,
  token?: string,
) {
  return postGraphQL<LooseData>(
    subgraphs.servers[service].url,
    text,
    variables,
    token,
    subgraphs.gatewayTrust.secret,
  );
}

/** Sends operations to a running gateway. */
export function gatewayClient(gateway: () => RunningGateway) {
  return (text: string, variables?: Record<string, unknown>) =>
    postGraphQL<LooseData>(gateway().url, text, variables);
}

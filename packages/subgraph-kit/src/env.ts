import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AuthSettings, readAuthSettings } from './auth/auth-settings';
import { readWholeNumber } from './read-whole-number';
import { readReportSettings, type ReportSettings } from './reports/report-settings';
import {
  type GatewayTrustSettings,
  readGatewayTrustSettings,
} from './gateway-trust/gateway-trust-settings';

/** The three level services; each owns one level of the tree and its own database. */
export const SERVICES = ['province', 'city', 'district'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const DEFAULT_PORTS: Record<ServiceName | 'gateway', number> = {
  gateway: 4000,
  province: 4001,
  city: 4002,
  district: 4003,
};

/** The repository root, found from this file so scripts work from any directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ServiceEnv {
  service: ServiceName;
  port: number;
  /** <SERVICE>_HOST: the interface to listen on; 127.0.0.1 (this machine only) by default. */
  host: string;
  /** PostgreSQL URL when set; otherwise the service uses its SQLite file. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  /** SQL_DEBUG=1 prints every statement. */
  printSql: boolean;
  auth: AuthSettings;
  /** The audit seal's shared secret, its lifetime, and the entry deadline. */
  reports: ReportSettings;
  /** GATEWAY_SUBGRAPH_SECRET, or the embedded default's under data/auth. */
  gatewayTrust: GatewayTrustSettings;
}

/** DATA_DIR, or ./data: the SQLite files and the embedded default's keys. */
export function readDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(REPO_ROOT, 'data');
}

function readPort(variable: string, fallback: number, env: NodeJS.ProcessEnv): number {
  return (
    readWholeNumber(variable, env, {
      max: 65535,
      meaning: 'a port number between 0 and 65535',
    }) ?? fallback
  );
}

/** Every variable a level service reads; listed in .env.example. */
export function readServiceEnv(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
): ServiceEnv {
  const upper = service.toUpperCase();
  const dataDir = readDataDir(env);
  return {
    service,
    port: readPort(`${upper}_PORT`, DEFAULT_PORTS[service], env),
    host: env[`${upper}_HOST`] || '127.0.0.1',
    databaseUrl: env[`${upper}_DATABASE_URL`] || undefined,
    sqlitePath: path.join(dataDir, `${service}.sqlite`),
    printSql: env.SQL_DEBUG === '1',
    auth: readAuthSettings(env, dataDir),
    reports: readReportSettings(env, dataDir),
    gatewayTrust: readGatewayTrustSettings(env, dataDir),
  };
}

/**
 * MIGRATION_POSTGRES_URL: a database on the PostgreSQL server where `npm run migration:create`
 * creates (and drops) its scratch database; default the local server as user postgres.
 */
export function readMigrationPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.MIGRATION_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export type GatewayEngine = 'hive' | 'apollo';

export interface GatewayEnv {
  port: number;
  engine: GatewayEngine;
  supergraphPath: string;
  /** Subgraph URLs by service name; override the URLs compiled into the supergraph. */
  subgraphUrls: Record<ServiceName, string>;
  /** GATEWAY_MERGE_REQUESTS=on|off; unset keeps the engine's default. */
  mergeRequests: boolean | undefined;
  auth: AuthSettings;
  /** GATEWAY_SUBGRAPH_SECRET, or the embedded default's under data/auth. */
  gatewayTrust: GatewayTrustSettings;
  /** GATEWAY_RATE_BURST and GATEWAY_RATE_PER_SECOND; unset: the gateway's default. */
  rateLimit: { burst: number; perSecond: number } | undefined;
  /** GATEWAY_MAX_BODY_BYTES; unset: the gateway's default. */
  maxBodyBytes: number | undefined;
  /** GATEWAY_UPSTREAM_TIMEOUT_MS: how long one subgraph request may take. */
  upstreamTimeoutMs: number | undefined;
}

/** Bytes, milliseconds or requests: a whole number above 0. */
function readCount(variable: string, env: NodeJS.ProcessEnv): number | undefined {
  return readWholeNumber(variable, env, { min: 1, meaning: 'a whole number above 0' });
}

/** A rate above 0 in decimal digits, which may be fractional: 0.5 a second. */
function readPositive(variable: string, env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[variable];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  // Number() alone would also take "0x1F", "1e3" and " 30 ".
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${variable} must be a positive number, got "${raw}"`);
  }
  return value;
}

function readSwitch(variable: string, env: NodeJS.ProcessEnv): boolean | undefined {
  const raw = env[variable];
  if (raw === undefined || raw === '') return undefined;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  throw new Error(`${variable} must be on or off, got "${raw}"`);
}

export function readGatewayEnv(env: NodeJS.ProcessEnv = process.env): GatewayEnv {
  const engine = env.GATEWAY_ENGINE || 'hive';
  if (engine !== 'hive' && engine !== 'apollo') {
    throw new Error(`GATEWAY_ENGINE must be "hive" or "apollo", got "${engine}"`);
  }
  const subgraphUrls = Object.fromEntries(
    SERVICES.map((service) => {
      const upper = service.toUpperCase();
      const url =
        env[`${upper}_URL`] ||
        `http://127.0.0.1:${readPort(`${upper}_PORT`, DEFAULT_PORTS[service], env)}/graphql`;
      return [service, url];
    }),
  ) as Record<ServiceName, string>;
  return {
    port: readPort('GATEWAY_PORT', DEFAULT_PORTS.gateway, env),
    engine,
    supergraphPath: env.SUPERGRAPH_PATH
      ? path.resolve(env.SUPERGRAPH_PATH)
      : path.join(REPO_ROOT, 'schema', 'supergraph.graphql'),
    subgraphUrls,
    mergeRequests: readSwitch('GATEWAY_MERGE_REQUESTS', env),
    auth: readAuthSettings(env, readDataDir(env)),
    gatewayTrust: readGatewayTrustSettings(env, readDataDir(env)),
    rateLimit: readRateLimit(env),
    maxBodyBytes: readCount('GATEWAY_MAX_BODY_BYTES', env),
    upstreamTimeoutMs: readCount('GATEWAY_UPSTREAM_TIMEOUT_MS', env),
  };
}

function readRateLimit(env: NodeJS.ProcessEnv): GatewayEnv['rateLimit'] {
  const burst = readCount('GATEWAY_RATE_BURST', env);
  const perSecond = readPositive('GATEWAY_RATE_PER_SECOND', env);
  if (burst === undefined && perSecond === undefined) return undefined;
  if (burst === undefined || perSecond === undefined) {
    throw new Error('set both GATEWAY_RATE_BURST and GATEWAY_RATE_PER_SECOND, or neither');
  }
  return { burst, perSecond };
}

import { type GatewayEngine, type ServiceName } from '@union/subgraph-kit';
import { type ServiceStore } from '../dataset/stores';

/** What each bench entry point reads from BENCH_CONFIG. */
export interface SubgraphConfig {
  service: ServiceName;
  store: ServiceStore;
}

export interface GatewayConfig {
  engine: GatewayEngine;
  /** Merge identical in-flight subgraph requests. */
  merge: boolean;
  subgraphUrls: Record<ServiceName, string>;
}

export interface MonolithConfig {
  stores: Record<ServiceName, ServiceStore>;
}

export interface RawConfig {
  stores: Record<ServiceName, ServiceStore>;
  /** Answer with audits, as the graph does when it has them. */
  withAudit: boolean;
}

export { MERGES_BY_DEFAULT } from '@union/gateway';

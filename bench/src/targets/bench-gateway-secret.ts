import { randomBytes } from 'node:crypto';
import { type GatewayTrustSettings } from '@union/subgraph-kit';

/**
 * The secret the benchmark's gateways sign with and its subgraphs verify: one per run, made
 * in the parent and handed to every child through GATEWAY_SUBGRAPH_SECRET.
 */
export function benchGatewaySecret(): string {
  process.env.GATEWAY_SUBGRAPH_SECRET ||= randomBytes(32).toString('hex');
  return process.env.GATEWAY_SUBGRAPH_SECRET;
}

export function benchGatewayTrust(): GatewayTrustSettings {
  return { secret: benchGatewaySecret(), secretDir: undefined };
}

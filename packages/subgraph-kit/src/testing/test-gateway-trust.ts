import { randomBytes } from 'node:crypto';
import { type GatewayTrustSettings } from '../gateway-trust/gateway-trust-settings';

/** A fresh gateway secret, as a deployment sets GATEWAY_SUBGRAPH_SECRET; sign with `.secret`. */
export function createTestGatewayTrust(): GatewayTrustSettings & { secret: string } {
  return { secret: randomBytes(32).toString('hex'), secretDir: undefined };
}

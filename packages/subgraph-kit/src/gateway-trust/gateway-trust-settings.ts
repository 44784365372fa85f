import path from 'node:path';
import { ensureSecretFile } from '../secrets/secret-file';

/**
 * The secret the gateway signs its subgraph requests with and the subgraphs verify them
 * with. GATEWAY_SUBGRAPH_SECRET when set (every process of a deployment must share it);
 * otherwise the embedded default's, generated on first start under the data directory.
 */
export interface GatewayTrustSettings {
  secret: string | undefined;
  /** Where the embedded default keeps its generated secret (data/auth); unset with a secret. */
  secretDir: string | undefined;
}

/** An HMAC key shorter than this is refused: it should not be guessable. */
const MIN_SECRET_LENGTH = 32;

export function readGatewayTrustSettings(
  env: NodeJS.ProcessEnv,
  dataDir: string,
): GatewayTrustSettings {
  const secret = env.GATEWAY_SUBGRAPH_SECRET || undefined;
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `GATEWAY_SUBGRAPH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`,
    );
  }
  return { secret, secretDir: secret ? undefined : path.join(dataDir, 'auth') };
}

/** The secret itself: the one given, or the embedded default's (made on first use). */
export function resolveGatewaySecret(settings: GatewayTrustSettings): Promise<string> {
  if (settings.secret) return Promise.resolve(settings.secret);
  if (!settings.secretDir) throw new Error('no gateway secret and no directory to keep one in');
  return ensureSecretFile(path.join(settings.secretDir, 'gateway-subgraph-secret'));
}

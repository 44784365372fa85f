import path from 'node:path';

/** Where tokens' keys come from and what a valid token must say. */
export interface AuthSettings {
  /** A JWKS URL (any OIDC issuer: Keycloak's .../protocol/openid-connect/certs). */
  jwksUrl: string | undefined;
  /** A JWKS file; used when no URL is set (null then). */
  jwksFile: string | null;
  /**
   * Where the embedded default keeps its generated key pair (signing key and JWKS); set
   * only when neither AUTH_JWKS_URL nor AUTH_JWKS_FILE is given.
   */
  devKeyDir: string | undefined;
  issuer: string;
  audience: string;
  /** AUTH_REQUIRED_FOR_READS=on: anonymous queries are refused too. */
  requiredForReads: boolean;
}

export const DEFAULT_ISSUER = 'union-graph';
export const DEFAULT_AUDIENCE = 'union-graph';

/** The key files of the embedded default under a data directory. */
export function devKeyFiles(dir: string): { signingKey: string; jwks: string } {
  return { signingKey: path.join(dir, 'signing-key.json'), jwks: path.join(dir, 'jwks.json') };
}

export function readAuthSettings(env: NodeJS.ProcessEnv, dataDir: string): AuthSettings {
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  const explicitFile = env.AUTH_JWKS_FILE ? path.resolve(env.AUTH_JWKS_FILE) : undefined;
  const devKeyDir = jwksUrl || explicitFile ? undefined : path.join(dataDir, 'auth');
  const required = env.AUTH_REQUIRED_FOR_READS ?? 'off';
  if (!['on', 'off'].includes(required)) {
    throw new Error(`AUTH_REQUIRED_FOR_READS must be on or off, got "${required}"`);
  }
  return {
    jwksUrl,
    jwksFile: explicitFile ?? (devKeyDir ? devKeyFiles(devKeyDir).jwks : null),
    devKeyDir,
    issuer: env.AUTH_ISSUER || DEFAULT_ISSUER,
    audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
    requiredForReads: required === 'on',
  };
}

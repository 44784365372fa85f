import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type AuthSettings,
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  devKeyFiles,
} from '../auth/auth-settings';
import { ensureDevKeys, readSigningKey } from '../auth/dev-keys';
import { signToken, type TokenClaims } from '../auth/sign-token';

export interface TestAuth {
  settings: AuthSettings;
  /** A token signed by the trusted key; `expiresIn` a jose time span or epoch seconds. */
  token(
    claims: TokenClaims,
    options?: { expiresIn?: string | number; audience?: string },
  ): Promise<string>;
  /** A token with the right claims signed by a key the graph does not trust. */
  foreignToken(claims: TokenClaims): Promise<string>;
}

/** A fresh key pair in a temporary folder, as the embedded default makes under data/. */
export async function createTestAuth(): Promise<TestAuth> {
  const dir = mkdtempSync(path.join(tmpdir(), 'union-auth-'));
  const foreignDir = mkdtempSync(path.join(tmpdir(), 'union-auth-foreign-'));
  await Promise.all([ensureDevKeys(dir), ensureDevKeys(foreignDir)]);
  const settings: AuthSettings = {
    jwksUrl: undefined,
    jwksFile: devKeyFiles(dir).jwks,
    devKeyDir: dir,
    issuer: DEFAULT_ISSUER,
    audience: DEFAULT_AUDIENCE,
    requiredForReads: false,
  };
  const sign = (
    keyDir: string,
    claims: TokenClaims,
    options: { expiresIn?: string | number; audience?: string } = {},
  ) =>
    signToken(claims, readSigningKey(keyDir), {
      issuer: DEFAULT_ISSUER,
      audience: options.audience ?? DEFAULT_AUDIENCE,
      expiresIn: options.expiresIn ?? '1h',
    });
  return {
    settings,
    token: (claims, options) => sign(dir, claims, options),
    foreignToken: (claims) => sign(foreignDir, claims),
  };
}

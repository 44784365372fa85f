import { readFileSync } from 'node:fs';
import { type Viewer, viewerFromClaims } from '@union/domain';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import { type AuthSettings } from './auth-settings';
import { ensureDevKeys } from './dev-keys';
import { unauthenticated } from './auth-errors';

/** Reads `Authorization: Bearer <jwt>` into a Viewer (null when absent), or refuses it. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer | null>;

async function keySet(settings: AuthSettings): Promise<JWTVerifyGetKey> {
  if (settings.jwksUrl) return createRemoteJWKSet(new URL(settings.jwksUrl));
  if (settings.devKeyDir) await ensureDevKeys(settings.devKeyDir);
  if (settings.jwksFile === null) throw new Error('no JWKS URL or file to verify tokens with');
  let jwks: JSONWebKeySet;
  try {
    jwks = JSON.parse(readFileSync(settings.jwksFile, 'utf8')) as JSONWebKeySet;
  } catch (error) {
    throw new Error(`cannot read the JWKS file ${settings.jwksFile}: ${(error as Error).message}`);
  }
  return createLocalJWKSet(jwks);
}

/** Why jose refused a token, in words a client can act on. */
function reason(error: unknown, settings: AuthSettings): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud')
      return `the token is not for this graph (aud must be "${settings.audience}")`;
    if (error.claim === 'iss') return `the token was not issued by "${settings.issuer}"`;
    return `the token's ${error.claim} claim is not valid (${error.reason})`;
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return 'the token is not signed by a key this graph trusts';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token must be signed with ES256';
  return 'the token is malformed';
}

/**
 * Verifies tokens against the configured keys (ES256 only, issuer and audience checked,
 * expiry required). The gateway and every subgraph each build one and verify for
 * themselves: a subgraph never trusts claims it cannot check.
 */
export async function createTokenVerifier(settings: AuthSettings): Promise<TokenVerifier> {
  const keys = await keySet(settings);
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(match[1]!, keys, {
        algorithms: ['ES256'],
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw unauthenticated(`${reason(error, settings)}; sign in again`);
    }
    const viewer = viewerFromClaims(payload);
    if (typeof viewer === 'string') throw unauthenticated(`the token is not usable: ${viewer}`);
    return viewer;
  };
}

/** For a process given no keys: anonymous requests pass, any token is refused. */
export const refuseEveryToken: TokenVerifier = async (authorization) => {
  if (authorization === undefined || authorization === '') return null;
  throw unauthenticated('this process has no keys to verify tokens with');
};

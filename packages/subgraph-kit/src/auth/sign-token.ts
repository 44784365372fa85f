import { type Role } from '@union/domain';
import { importJWK, type JWK, SignJWT } from 'jose';

export interface TokenClaims {
  sub: string;
  name?: string;
  roles: Role[];
  units: string[];
}

/** Signs a token as the embedded default's identity provider would (development and tests). */
export async function signToken(
  claims: TokenClaims,
  signingKey: JWK,
  options: { issuer: string; audience: string; expiresIn?: string | number },
): Promise<string> {
  const key = await importJWK(signingKey, 'ES256');
  return new SignJWT({ name: claims.name ?? claims.sub, roles: claims.roles, units: claims.units })
    .setProtectedHeader({ alg: 'ES256', ...(signingKey.kid ? { kid: signingKey.kid } : {}) })
    .setSubject(claims.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key);
}

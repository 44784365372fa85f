import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The header that carries the gateway's signature of a subgraph request: the base64
 * HMAC-SHA256, under the secret the gateway and the subgraphs share, of the request body
 * exactly as sent. Signing the bytes themselves, rather than a canonical form of the parsed
 * request, means neither side rebuilds the document and its thousands of representations
 * as sorted JSON, and what a subgraph verifies is byte for byte what it then parses.
 */
export const SIGNATURE_HEADER = 'x-gateway-signature';

/** The signature of one request body; a string is signed as the UTF-8 that fetch sends. */
export function signBody(secret: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** True when `signature` is the gateway's signature of exactly these body bytes. */
export function isSignedBody(secret: string, body: Uint8Array, signature: string): boolean {
  const expected = Buffer.from(signBody(secret, body), 'base64');
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

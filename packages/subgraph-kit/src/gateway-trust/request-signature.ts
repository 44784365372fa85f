import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The request extension that carries the gateway's signature: the name Hive Gateway's
 * `hmacSignature` option writes, so both engines sign alike and a subgraph verifies one way.
 */
export const SIGNATURE_EXTENSION = 'hmac-signature';

/**
 * JSON with object keys sorted and undefined members left out, as json-stable-stringify
 * writes it: the bytes Hive Gateway signs are this form of `{ query, variables }`.
 */
export function canonicalJson(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'toJSON' in value) {
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What is signed: the document and its variables (which hold any representations). */
function signedBytes(query: string, variables: Record<string, unknown> | null | undefined): string {
  const hasVariables =
    variables !== null && variables !== undefined && Object.keys(variables).length > 0;
  return canonicalJson({ query, variables: hasVariables ? variables : undefined });
}

/** The base64 HMAC-SHA256 of a request's document and variables. */
export function signRequest(
  secret: string,
  query: string,
  variables: Record<string, unknown> | null | undefined,
): string {
  return createHmac('sha256', secret).update(signedBytes(query, variables)).digest('base64');
}

/** True when `signature` is the gateway's signature of this document and these variables. */
export function isSignedByGateway(
  secret: string,
  query: string,
  variables: Record<string, unknown> | null | undefined,
  signature: string,
): boolean {
  const expected = Buffer.from(signRequest(secret, query, variables), 'base64');
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The request extension that carries the gateway's signature: the name Hive Gateway's
 * `hmacSignature` option writes, so both engines sign alike and a subgraph verifies one way.
 */
export const SIGNATURE_EXTENSION = 'hmac-signature';

/**
 * JSON with object keys sorted and undefined members left out, as json-stable-stringify
 * writes it: the bytes Hive Gateway signs are this form of `{ query, variables }`. Written
 * into one string as it goes: every `_entities` request is signed and checked, and its
 * representations run to thousands of objects.
 */
export function canonicalJson(value: unknown): string {
  let out = '';
  const write = (item: unknown): void => {
    if (item !== null && typeof item === 'object' && 'toJSON' in item) {
      write((item as { toJSON(): unknown }).toJSON());
    } else if (Array.isArray(item)) {
      out += '[';
      for (let i = 0; i < item.length; i++) {
        if (i > 0) out += ',';
        if (item[i] === undefined) out += 'null';
        else write(item[i]);
      }
      out += ']';
    } else if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      out += '{';
      let first = true;
      for (const key of keys) {
        const member = record[key];
        if (member === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += JSON.stringify(key);
        out += ':';
        write(member);
      }
      out += '}';
    } else {
      out += JSON.stringify(item);
    }
  };
  write(value);
  return out;
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

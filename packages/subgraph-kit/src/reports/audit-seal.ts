import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The levels whose reports are audited against the level below before approval. */
export type SealedLevel = 'Province' | 'City';

/** A reported cell of the report as the seal covers it: its version and its figure. */
export interface SealedCell {
  metric: string;
  version: number;
  value: number;
  lower: number;
  upper: number | null;
  text: string;
  complete: boolean;
}

/**
 * What the subgraph that audits a report signs: which report, the version of each of its
 * cells, a digest of their figures, what the audit found and until when it may be used.
 */
export interface SealPayload {
  level: SealedLevel;
  code: string;
  period: string;
  /** [metric, version] of every reported cell, in metric order. */
  versions: [string, number][];
  /** SHA-256 of the cells' figures as audited (see figuresDigest). */
  figures: string;
  /** The metrics the audit found INCONSISTENT, in metric order. */
  inconsistent: string[];
  /** How many cells were audited. */
  checked: number;
  expiresAt: string;
}

const byMetric = (a: SealedCell, b: SealedCell) =>
  a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0;

/** The cells' versions in metric order, as a seal lists them. */
export function sealedVersions(cells: readonly SealedCell[]): [string, number][] {
  return [...cells].sort(byMetric).map((cell) => [cell.metric, cell.version]);
}

/**
 * A digest of the cells' figures in metric order. The versions alone would let a caller
 * who reached the auditing subgraph directly pass made-up figures under the real versions;
 * the owner recomputes this from its rows, so a seal holds only for the figures it stores.
 */
export function figuresDigest(cells: readonly SealedCell[]): string {
  const canonical = [...cells]
    .sort(byMetric)
    .map((c) => [c.metric, c.version, c.value, c.lower, c.upper, c.text, c.complete]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

const mac = (body: string, key: string) =>
  createHmac('sha256', key).update(body).digest('base64url');

/** `<payload as base64url JSON>.<HMAC-SHA256 of it>`: opaque to clients, checked by owners. */
export function signSeal(payload: SealPayload, key: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** Why a seal cannot approve a report: not one of ours, another report's, or too old. */
export type SealRefusal =
  | { refused: 'INVALID'; message: string }
  | { refused: 'OTHER_REPORT'; message: string }
  | { refused: 'EXPIRED'; message: string };

/**
 * The payload of a seal made by this graph for this report and still within its lifetime,
 * or why not. What it says of the cells is for the owner to compare with its rows.
 */
export function readSealFor(
  seal: string,
  key: string,
  report: { level: SealedLevel; code: string; period: string },
  now: Date,
): SealPayload | SealRefusal {
  const payload = openSeal(seal, key);
  if ('refused' in payload)
    return { refused: 'INVALID', message: `not accepted: ${payload.refused}` };
  if (
    payload.level !== report.level ||
    payload.code !== report.code ||
    payload.period !== report.period
  ) {
    return {
      refused: 'OTHER_REPORT',
      message:
        `the seal is for the ${payload.period} ${payload.level} report of ${payload.code}, ` +
        `not the ${report.period} ${report.level} report of ${report.code}`,
    };
  }
  if (!(Date.parse(payload.expiresAt) > now.getTime())) {
    return {
      refused: 'EXPIRED',
      message: `the audit seal expired at ${payload.expiresAt}; ask for a new auditSeal`,
    };
  }
  return payload;
}

/**
 * The payload of a seal this graph made, or why it is not one. The signature is compared in
 * constant time; expiry and the cells are for the caller to check against its own state.
 */
export function openSeal(seal: string, key: string): SealPayload | { refused: string } {
  const [body, signature, extra] = seal.split('.');
  if (!body || !signature || extra !== undefined) return { refused: 'it is not an audit seal' };
  const expected = Buffer.from(mac(body, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return {
      refused: 'its signature does not match: it was not made by this graph, or was altered',
    };
  }
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SealPayload;
  } catch {
    return { refused: 'it is not an audit seal' };
  }
}

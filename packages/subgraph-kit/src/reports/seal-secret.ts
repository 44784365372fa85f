import path from 'node:path';
import { ensureSecretFile } from '../secrets/secret-file';

/** The embedded default's audit-seal secret, beside its token keys. */
export function sealSecretFile(dir: string): string {
  return path.join(dir, 'report-seal-secret');
}

/**
 * The embedded default's shared secret for audit seals: made on first start under the data
 * directory, then reused by every subgraph of the federation (ensureSecretFile).
 */
export function ensureSealSecret(dir: string): Promise<string> {
  return ensureSecretFile(sealSecretFile(dir));
}

import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The embedded default's audit-seal secret, beside its token keys. */
export function sealSecretFile(dir: string): string {
  return path.join(dir, 'report-seal-secret');
}

/**
 * The embedded default's shared secret for audit seals: made on first start under the data
 * directory, then reused by every subgraph of the federation. The three subgraphs start at
 * once, so the secret is written whole to a private temporary name and published with
 * link(), which fails if another process published first; the loser reads the winner's, so
 * all three sign with the same secret. Readable by its owner only.
 */
export async function ensureSealSecret(dir: string): Promise<string> {
  const file = sealSecretFile(dir);
  const existing = readSecret(file);
  if (existing !== null) return existing;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  const published = readSecret(file);
  if (published === null) throw new Error(`${file} is empty`);
  return published;
}

function readSecret(file: string): string | null {
  try {
    const secret = readFileSync(file, 'utf8').trim();
    return secret === '' ? null : secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

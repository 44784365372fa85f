import {
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  existsSync,
  linkSync,
  rmSync,
} from 'node:fs';

import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { devKeyFiles } from './auth-settings';

/**
 * The embedded default's key pair: made on first start under the data directory, then
 * reused. Four processes start at once, so the pair is written to a private temporary name
 * and published with link(), which fails if another process published first; the loser
 * reads the winner's keys. The signing key is readable by its owner only.
 */
export async function ensureDevKeys(dir: string): Promise<void> {
  const files = devKeyFiles(dir);
  if (existsSync(files.signingKey) && existsSync(files.jwks)) return;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const signing: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' };
  const jwks = { keys: [{ ...publicJwk, kid, alg: 'ES256', use: 'sig' }] };
  const draft = `${files.signingKey}.${process.pid}.tmp`;
  writeFileSync(draft, `${JSON.stringify(signing, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(draft, files.signingKey);
    const jwksDraft = `${files.jwks}.${process.pid}.tmp`;
    writeFileSync(jwksDraft, `${JSON.stringify(jwks, null, 2)}\n`);
    renameSync(jwksDraft, files.jwks);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await waitForFile(files.jwks);
  } finally {
    rmSync(draft, { force: true });
  }
}

async function waitForFile(file: string): Promise<void> {
  for (let attempt = 0; attempt < 100 && !existsSync(file); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!existsSync(file))
    throw new Error(`${file} was not written by the process that made the keys`);
}

/** The private signing key of the embedded default, for `npm run token` and tests. */
export function readSigningKey(dir: string): JWK {
  const file = devKeyFiles(dir).signingKey;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } catch (error) {
    throw new Error(
      `no signing key at ${file} (${(error as Error).message}); start the federation once (npm start) or run npm run token, which makes one`,
    );
  }
}

import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MANIFEST,
  loadTrustedDocuments,
  readTrustedDocumentsEnv,
} from '../src/trusted-documents';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function manifestFile(content: Record<string, string>): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'union-manifest-')), 'manifest.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('the trusted-documents manifest', () => {
  it('keys each document by the hex of its sha256, with or without the sha256: prefix', () => {
    const a = '{ metrics { code } }';
    const b = 'query Me { me { sub } }';
    const trusted = loadTrustedDocuments(
      manifestFile({ [`sha256:${sha256(a)}`]: a, [sha256(b)]: b }),
      true,
    );
    expect(trusted.only).toBe(true);
    expect([...trusted.byHash.entries()]).toEqual([
      [sha256(a), a],
      [sha256(b), b],
    ]);
  });

  it('refuses a manifest whose key is not the hash of its document, naming the key', () => {
    const file = manifestFile({ [`sha256:${'0'.repeat(64)}`]: '{ metrics { code } }' });
    expect(() => loadTrustedDocuments(file, false)).toThrow(
      `sha256:${'0'.repeat(64)} is not the sha256 of its document`,
    );
  });

  it("reads the dashboard's manifest by default, serving by hash without refusing others", () => {
    const trusted = readTrustedDocumentsEnv({});
    expect(trusted?.only).toBe(false);
    expect(trusted?.byHash.size).toBeGreaterThan(20);
    expect(
      DEFAULT_MANIFEST.endsWith(path.join('web', 'src', 'gql', 'persisted-documents.json')),
    ).toBe(true);
  });

  it('turns refusal on with TRUSTED_DOCUMENTS_ONLY=on and rejects other values', () => {
    expect(readTrustedDocumentsEnv({ TRUSTED_DOCUMENTS_ONLY: 'on' })?.only).toBe(true);
    expect(() => readTrustedDocumentsEnv({ TRUSTED_DOCUMENTS_ONLY: 'yes' })).toThrow(
      'TRUSTED_DOCUMENTS_ONLY must be on or off, got "yes"',
    );
  });

  it('fails to start when a named manifest is missing, rather than serving nothing by hash', () => {
    expect(() =>
      readTrustedDocumentsEnv({ TRUSTED_DOCUMENTS_MANIFEST: '/nonexistent/manifest.json' }),
    ).toThrow('the trusted-documents manifest /nonexistent/manifest.json does not exist');
  });
});

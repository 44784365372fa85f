import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSealSecret, sealSecretFile } from '../src/reports/seal-secret';

describe('ensureSealSecret', () => {
  it('makes one secret, readable by its owner only, and gives it back on every call', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'union-seal-')), 'auth');
    const first = await ensureSealSecret(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await ensureSealSecret(dir)).toBe(first);
    expect(statSync(sealSecretFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('gives every one of many racing starts the same secret', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'union-seal-race-'));
    const secrets = await Promise.all(Array.from({ length: 12 }, () => ensureSealSecret(dir)));
    expect(new Set(secrets).size).toBe(1);
  });
});

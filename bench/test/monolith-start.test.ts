import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startMonolith } from '../src/targets/monolith/start-monolith';

// As in monolith-statements.test.ts: the monolith's source must get graphql's CommonJS build.
vi.mock('graphql', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('graphql') as object;
});

const folder = mkdtempSync(path.join(tmpdir(), 'union-monolith-start-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The files this process holds open. */
function openFiles(): string[] {
  const fds = '/proc/self/fd';
  return readdirSync(fds).flatMap((fd) => {
    try {
      return [readlinkSync(path.join(fds, fd))];
    } catch {
      return []; // closed while listing
    }
  });
}

describe('startMonolith', () => {
  it('closes the stores it opened when a later one cannot be opened', async () => {
    const provincePath = path.join(folder, 'province.sqlite');
    const cityPath = path.join(folder, 'city.sqlite');
    // A folder where the district's database file should be: SQLite cannot open it.
    const districtPath = path.join(folder, 'district.sqlite');
    mkdirSync(districtPath);
    await expect(
      startMonolith({
        stores: {
          province: { sqlitePath: provincePath },
          city: { sqlitePath: cityPath },
          district: { sqlitePath: districtPath },
        },
      }),
    ).rejects.toThrow();
    const held = openFiles().filter((file) => file.startsWith(folder));
    expect(held).toEqual([]);
  });
});

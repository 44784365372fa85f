import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@union/subgraph-kit';
import { freePort, postGraphQL, waitReady } from '@union/subgraph-kit/testing';
import { buildDist, distFileOf, ENTRIES } from '../scripts/build-dist';

/*
 * The container image runs the compiled entries with plain node (no tsx): build them as the
 * Dockerfile does, run all four, and walk the tree through the compiled gateway.
 */

describe('the compiled entries', () => {
  const children: ChildProcess[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'union-dist-'));
  let gatewayPort = 0;

  beforeAll(async () => {
    await buildDist();
    const ports = await Promise.all([0, 1, 2, 3].map(() => freePort()));
    gatewayPort = ports[3]!;
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      PROVINCE_PORT: String(ports[0]),
      CITY_PORT: String(ports[1]),
      DISTRICT_PORT: String(ports[2]),
      GATEWAY_PORT: String(gatewayPort),
      NODE_ENV: 'production',
    };
    for (const entry of ENTRIES.slice(0, 3)) {
      children.push(
        spawn(process.execPath, [distFileOf(entry)], { cwd: REPO_ROOT, env, stdio: 'ignore' }),
      );
    }
    await Promise.all(
      ports.slice(0, 3).map((port) => waitReady(`http://127.0.0.1:${port}/readyz`)),
    );
    children.push(
      spawn(process.execPath, [distFileOf(ENTRIES[3])], { cwd: REPO_ROOT, env, stdio: 'ignore' }),
    );
    await waitReady(`http://127.0.0.1:${gatewayPort}/readyz`);
  });

  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serve the federation with node alone', async () => {
    const answer = await postGraphQL(
      `http://127.0.0.1:${gatewayPort}/graphql`,
      '{ district(code: "510106") { name city { name province { name } } } }',
    );
    expect(answer).toEqual({
      data: {
        district: { name: '金牛区', city: { name: '成都市', province: { name: '四川省' } } },
      },
    });
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@union/subgraph-kit';
import { postGraphQL } from '@union/subgraph-kit/testing';

/*
 * npm start keeps the federation up when one child dies: it says so, starts the child
 * again, and the gateway answers its fields once it is back.
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(condition: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 480; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('npm start', () => {
  it('restarts a subgraph that was killed and says so', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'union-restart-'));
    const [gatewayPort, provincePort, cityPort, districtPort] = await Promise.all(
      [0, 1, 2, 3].map(() => freePort()),
    );
    const child = spawn('npm', ['start'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        GATEWAY_PORT: String(gatewayPort),
        PROVINCE_PORT: String(provincePort),
        CITY_PORT: String(cityPort),
        DISTRICT_PORT: String(districtPort),
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const url = `http://localhost:${gatewayPort}/graphql`;
    const CITY = '{ city(code: "510100") { name } }';
    try {
      await waitUntil(() => output.includes(`Gateway: ${url}`), 'the federation');
      expect(await postGraphQL(url, CITY)).toEqual({ data: { city: { name: '成都市' } } });

      const pid = Number(/city subgraph started \(pid (\d+)\)/.exec(output)?.[1]);
      expect(pid).toBeGreaterThan(0);
      process.kill(pid, 'SIGKILL');
      await waitUntil(() => output.includes('city subgraph restarted'), 'the restart');
      expect(output).toContain('city subgraph exited (SIGKILL); restarting it in 1 s');
      expect(output).not.toContain('stopping the federation');

      await waitUntil(
        async () => (await postGraphQL(url, CITY)).errors === undefined,
        'the city subgraph to answer again',
      );
      expect(await postGraphQL(url, CITY)).toEqual({ data: { city: { name: '成都市' } } });
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid!, 'SIGINT');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

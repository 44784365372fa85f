import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';
import { freePort } from '@union/subgraph-kit/testing';

/** `npm start` as a user runs it, on free ports and a data folder of its own. */
export interface NpmStart {
  child: ChildProcess;
  gatewayPort: number;
  /** The gateway URL npm start prints once the federation is up. */
  url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves when npm start has exited. */
  exited: Promise<void>;
  /** Ctrl-C (SIGKILL if `force`) to the whole process group, then removes the data folder. */
  stop(force?: boolean): Promise<void>;
}

export async function startNpmStart(prefix: string): Promise<NpmStart> {
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const [gatewayPort, provincePort, cityPort, districtPort] = await Promise.all(
    [0, 1, 2, 3].map(() => freePort()),
  );
  // Its own process group, so a signal reaches npm, the launcher and all four children.
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
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    gatewayPort,
    url: `http://localhost:${gatewayPort}/graphql`,
    output: () => output,
    exited,
    async stop(force = false) {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid!, force ? 'SIGKILL' : 'SIGINT');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `condition` holds (up to two minutes on a loaded machine). */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 480; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

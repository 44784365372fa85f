import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  readAuthSettings,
  readSigningKey,
  REPO_ROOT,
  SERVICES,
  type ServiceName,
  signToken,
} from '@union/subgraph-kit';
import { freePort, waitReady } from '@union/subgraph-kit/testing';

export type Process = ServiceName | 'gateway';

const ENTRY: Record<Process, string> = {
  province: 'services/province/src/index.ts',
  city: 'services/city/src/index.ts',
  district: 'services/district/src/index.ts',
  gateway: 'gateway/src/index.ts',
};

/**
 * The four processes of `npm start`, each its own OS process on free loopback ports and
 * seeded SQLite files in a temporary folder, so the soak can kill and restart one for real.
 * The gateway runs with its default limits, the per-caller rate limit included.
 */
export class SoakFederation {
  readonly ports = {} as Record<Process, number>;
  readonly children = {} as Record<Process, ChildProcess>;
  private readonly dataDir = mkdtempSync(path.join(tmpdir(), 'union-soak-'));
  private env: NodeJS.ProcessEnv = {};

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}/graphql`;
  }

  async start(engine: string): Promise<void> {
    for (const name of [...SERVICES, 'gateway'] as Process[]) this.ports[name] = await freePort();
    this.env = {
      ...process.env,
      DATA_DIR: this.dataDir,
      GATEWAY_ENGINE: engine,
      GATEWAY_SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
      GATEWAY_UPSTREAM_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
      PROVINCE_PORT: String(this.ports.province),
      CITY_PORT: String(this.ports.city),
      DISTRICT_PORT: String(this.ports.district),
      GATEWAY_PORT: String(this.ports.gateway),
    };
    for (const service of SERVICES) this.launch(service);
    await Promise.all(SERVICES.map((service) => this.ready(service)));
    this.launch('gateway');
    await this.ready('gateway');
  }

  /** A token of the embedded default's key: each soak client is a caller of its own. */
  token(sub: string): Promise<string> {
    const settings = readAuthSettings(this.env, this.dataDir);
    return signToken({ sub, roles: ['viewer'], units: [] }, readSigningKey(settings.devKeyDir!), {
      issuer: settings.issuer,
      audience: settings.audience,
      expiresIn: '1h',
    });
  }

  launch(name: Process): void {
    this.children[name] = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, ENTRY[name])],
      {
        cwd: REPO_ROOT,
        env: this.env,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }

  ready(name: Process): Promise<void> {
    return waitReady(`http://127.0.0.1:${this.ports[name]}/readyz`);
  }

  /** Sends a signal and resolves once the process has exited. */
  signal(name: Process, signal: NodeJS.Signals): Promise<void> {
    const child = this.children[name];
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  async stop(): Promise<void> {
    await Promise.all(
      (Object.keys(this.children) as Process[]).map((name) => this.signal(name, 'SIGTERM')),
    );
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { readGatewayEnv, readServiceEnv, REPO_ROOT, SERVICES } from '@union/subgraph-kit';
import { buildDashboardIfStale } from './build-dashboard';

// Starts the three level subgraphs, waits until each answers /readyz, then the gateway;
// prints the gateway's and the dashboard's URLs (building the dashboard when stale); with
// --dev (npm run dev) also Vite's dev server. A child that dies is started again after a
// pause that doubles with each quick death (1 s up to 30 s; back to 1 s once it has run
// for a minute), so one crash never ends the federation. Ctrl-C (or SIGTERM) stops every
// child and waits for them.

const READY_TIMEOUT_MS = 120_000;
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A child that ran this long before dying is restarted without waiting long. */
const STABLE_AFTER_MS = 60_000;
const DEV = process.argv.includes('--dev');

interface Child {
  name: string;
  entry: string;
  /** Node's arguments before the entry: tsx for TypeScript, none for Vite. */
  args: readonly string[];
  cwd: string;
  process: ChildProcess;
  startedAt: number;
  restartDelay: number;
}

const children: Child[] = [];
let stopping = false;

function spawnChild(entry: string, args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [...args, path.join(REPO_ROOT, entry)], {
    cwd,
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Starts the child's process again after its delay, then doubles the next delay. */
function watch(child: Child): void {
  child.process.once('exit', (code, signal) => {
    if (stopping) return;
    if (Date.now() - child.startedAt >= STABLE_AFTER_MS)
      child.restartDelay = FIRST_RESTART_DELAY_MS;
    const delay = child.restartDelay;
    console.error(
      `${child.name} exited (${signal ?? `code ${code}`}); restarting it in ${delay / 1000} s`,
    );
    child.restartDelay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
    setTimeout(() => {
      if (stopping) return;
      child.process = spawnChild(child.entry, child.args, child.cwd);
      child.startedAt = Date.now();
      console.error(`${child.name} restarted (pid ${child.process.pid})`);
      watch(child);
    }, delay);
  });
}

function launch(name: string, entry: string, args = ['--import', 'tsx'], cwd = REPO_ROOT): Child {
  const child: Child = {
    name,
    entry,
    args,
    cwd,
    process: spawnChild(entry, args, cwd),
    startedAt: Date.now(),
    restartDelay: FIRST_RESTART_DELAY_MS,
  };
  console.log(`${name} started (pid ${child.process.pid})`);
  watch(child);
  children.push(child);
  return child;
}

async function waitFor(url: string, isReady: (response: Response) => boolean, name: string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (isReady(response)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

async function stopAll(exitCode: number): Promise<never> {
  stopping = true;
  await Promise.all(
    children.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  process.exit(exitCode);
}

process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

try {
  const gatewayEnv = readGatewayEnv();
  const dashboard = !process.env.DASHBOARD_DIR && buildDashboardIfStale();
  for (const service of SERVICES) launch(`${service} subgraph`, `services/${service}/src/index.ts`);
  await Promise.all(
    SERVICES.map((service) => {
      const { port } = readServiceEnv(service);
      return waitFor(`http://127.0.0.1:${port}/readyz`, (r) => r.ok, `${service} subgraph`);
    }),
  );
  launch(`gateway (${gatewayEnv.engine})`, 'gateway/src/index.ts');
  const gatewayUrl = `http://localhost:${gatewayEnv.port}/graphql`;
  await waitFor(
    `${gatewayUrl}?query=${encodeURIComponent('{__typename}')}`,
    (r) => r.ok,
    'gateway',
  );
  // npm run dev: Vite's dev server with hot reload, sending /graphql to this gateway.
  const devPort = Number(process.env.WEB_DEV_PORT ?? 5173);
  if (DEV && !stopping) {
    launch(
      'dashboard dev server',
      'node_modules/vite/bin/vite.js',
      [],
      path.join(REPO_ROOT, 'web'),
    );
  }
  if (!stopping) {
    const dashboardUrl = `http://localhost:${gatewayEnv.port}/dashboard/`;
    console.log(
      `\nThe federation is up. Gateway: ${gatewayUrl}\n` +
        (dashboard || process.env.DASHBOARD_DIR ? `Dashboard: ${dashboardUrl}\n` : '') +
        (DEV ? `Dashboard with hot reload: http://localhost:${devPort}/dashboard/\n` : '') +
        `(A child that dies is restarted; Ctrl-C stops all ${DEV ? 'five' : 'four'} processes.)`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}

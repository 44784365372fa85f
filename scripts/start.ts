import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { readGatewayEnv, readServiceEnv, REPO_ROOT, SERVICES } from '@union/subgraph-kit';
import { buildDashboardIfStale } from './build-dashboard';

// Starts the three level subgraphs, waits until each answers /health, then the gateway;
// prints the gateway's and the dashboard's URLs (building the dashboard when stale);
// with --dev (npm run dev) also Vite's dev server. Ctrl-C (or SIGTERM) stops them all and waits
// for them to exit.

const READY_TIMEOUT_MS = 120_000;
const DEV = process.argv.includes('--dev');

interface Child {
  name: string;
  process: ChildProcess;
}

const children: Child[] = [];
let stopping = false;

function launch(name: string, entry: string, args = ['--import', 'tsx'], cwd = REPO_ROOT): Child {
  const child = spawn(process.execPath, [...args, path.join(REPO_ROOT, entry)], {
    cwd,
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? `code ${code}`}); stopping the federation`);
      void stopAll(1);
    }
  });
  const entryChild = { name, process: child };
  children.push(entryChild);
  return entryChild;
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
      return waitFor(`http://localhost:${port}/health`, (r) => r.ok, `${service} subgraph`);
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
        `(Ctrl-C stops all ${DEV ? 'five' : 'four'} processes.)`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// The dashboard is built when web/dist is missing or older than any of its sources, so a
// fresh clone's `npm start` serves it and an edited screen is rebuilt on the next start.

const WEB = path.join(import.meta.dirname, '..', 'web');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newestChange(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))),
  );
}

/** Whether web/dist is missing or older than a source file. */
export function dashboardIsStale(web = WEB): boolean {
  const built = path.join(web, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => {
    const entry = path.join(web, source);
    return existsSync(entry) && newestChange(entry) > builtAt;
  });
}

/** Builds web/dist with Vite when stale; returns whether it is there afterwards. */
export function buildDashboardIfStale(web = WEB): boolean {
  if (!dashboardIsStale(web)) return true;
  console.log('Building the dashboard (web/dist) ...');
  const vite = path.join(web, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: web,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    console.error('The dashboard did not build; the gateway starts without it.');
  return result.status === 0;
}

if (process.argv[1] === import.meta.filename) {
  process.exit(buildDashboardIfStale() ? 0 : 1);
}

import { createReadStream, existsSync, statSync } from 'node:fs';
import { type RequestListener } from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';

/** Where the dashboard is served on the gateway's port, so it calls /graphql on its own origin. */
export const DASHBOARD_PATH = '/dashboard/';

export const DEFAULT_DASHBOARD_DIR = path.join(REPO_ROOT, 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serves the built dashboard (web/dist) under /dashboard/ and hands every other request to
 * the gateway. Hashed assets are cached for good; index.html never, so a new build shows at
 * once. Paths are resolved inside the folder only.
 */
export function withDashboard(handler: RequestListener, dir: string | undefined): RequestListener {
  if (!dir || !existsSync(path.join(dir, 'index.html'))) return handler;
  const root = path.resolve(dir);
  return (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://gateway').pathname);
    if (pathname === '/dashboard') {
      response.writeHead(308, { location: DASHBOARD_PATH }).end();
      return;
    }
    if (
      !pathname.startsWith(DASHBOARD_PATH) ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      return handler(request, response);
    }
    let file = path.resolve(root, `.${pathname.slice(DASHBOARD_PATH.length - 1)}`);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      file = path.join(root, 'index.html');
    }
    const isIndex = file === path.join(root, 'index.html');
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  };
}

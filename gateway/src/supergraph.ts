import { readFileSync } from 'node:fs';
import { type ServiceName } from '@union/subgraph-kit';

/**
 * Reads the checked-in supergraph and points each subgraph at the URL this deployment
 * uses. Rewriting the `@join__graph` URLs keeps both engines on the same routing input.
 */
export function loadSupergraph(path: string, subgraphUrls: Record<ServiceName, string>): string {
  let sdl: string;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read the supergraph at ${path}: run npm run compose (${String(error)})`,
    );
  }
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(sdl)) throw new Error(`the supergraph at ${path} has no subgraph "${name}"`);
    sdl = sdl.replace(pattern, `$1${url}$2`);
  }
  return sdl;
}

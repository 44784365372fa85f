import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { readWholeNumber } from '../read-whole-number';
import { publicHost } from './public-host';

/** Listens (port 0 picks a free one) and gives the URL clients should use for /graphql. */
export async function listen(server: Server, port: number, host = '0.0.0.0'): Promise<string> {
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return `http://${publicHost(host)}:${bound}/graphql`;
}

/** How long a stopping server lets requests in flight finish (SHUTDOWN_DEADLINE_MS). */
export const DEFAULT_DRAIN_DEADLINE_MS = 10_000;

export interface Drainable {
  startDraining(): void;
  idle(): Promise<void>;
}

/**
 * Stops accepting and drains: requests in flight finish and are answered (up to the
 * deadline; then their connections are cut), idle keep-alive connections are dropped, and
 * it resolves once the server is closed. Without `drain`, every connection is cut at once.
 */
export async function close(
  server: Server,
  drain: Drainable | undefined,
  deadlineMs: number,
): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  if (drain) {
    drain.startDraining();
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, deadlineMs);
    });
    await Promise.race([drain.idle(), deadline]);
    clearTimeout(timer);
  }
  server.closeAllConnections();
  await closed;
}

/**
 * SHUTDOWN_DEADLINE_MS, or the default when unset. Servers read it when they start, so a
 * value that is not a whole number of milliseconds above 0 stops the start rather than
 * being replaced by the default unseen when the process is asked to stop.
 */
export function readShutdownDeadline(env: NodeJS.ProcessEnv = process.env): number {
  return (
    readWholeNumber('SHUTDOWN_DEADLINE_MS', env, {
      min: 1,
      meaning: 'a whole number of milliseconds above 0',
    }) ?? DEFAULT_DRAIN_DEADLINE_MS
  );
}

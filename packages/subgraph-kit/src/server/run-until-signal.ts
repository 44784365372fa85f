import { applyHeapGrowth } from './heap-growth';
import { settleHeap } from './settle-heap';

/**
 * Starts a server, prints its URL, and stops it cleanly on SIGINT or SIGTERM. A failed
 * start prints the reason and exits 1, so a launcher waiting for the port learns why.
 * Every server process sets its heap's growing factor first (HEAP_GROWING_PERCENT) and,
 * once started and before it says so, collects the garbage its start left (settleHeap).
 */
export async function runUntilSignal(
  start: () => Promise<{ url: string; stop(): Promise<void> }>,
  label = process.argv[1] ?? 'server',
): Promise<void> {
  let server: { url: string; stop(): Promise<void> };
  try {
    applyHeapGrowth();
    server = await start();
    settleHeap();
  } catch (error) {
    console.error(`${label} failed to start:`, error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`${label} ready at ${server.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(`${label} did not stop cleanly after ${signal}:`, error);
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

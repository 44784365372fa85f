import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Runs one full garbage collection, for a process that has just started. Until its first
 * full collection V8 has never measured what is alive, so it lets the old generation grow
 * to a limit it guesses, and start-up (modules, schemas, the query planner) leaves much
 * garbage there that nothing collects. Under four national reports at once the gateway
 * grew to ~470 MiB before V8 first collected, and stayed near 300 once it had: a peak set
 * by the first seconds of load, which a container's memory limit must still allow for.
 * After this collection V8 sizes the heap from what start-up left alive, with the growing
 * factor of HEAP_GROWING_PERCENT.
 *
 * Node offers no call for a collection without `--expose-gc`; the flag is turned on only
 * long enough to take `gc` from a fresh context, so no script of the process sees it. A
 * runtime that refuses the flag skips the collection (false) rather than stop the start.
 */
export function settleHeap(): boolean {
  let collect: unknown;
  try {
    v8.setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc');
  } catch {
    collect = undefined;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
  if (typeof collect !== 'function') return false;
  (collect as () => void)();
  return true;
}

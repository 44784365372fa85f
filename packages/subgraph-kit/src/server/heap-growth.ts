import v8 from 'node:v8';
import { readWholeNumber } from '../read-whole-number';

/**
 * How far V8 lets the heap grow past what survived the last full collection before it
 * collects again, in percent. V8's own factor adapts up to 4× and, under four national
 * reports at once, let the district subgraph reach 310–335 MiB although it holds far less
 * alive; with 50% it peaked near 200 MiB. Collecting more often costs CPU: 14–22% more per
 * report in every process side by side, 10% a third more (docs/performance.md).
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;

/** HEAP_GROWING_PERCENT: a whole number from 1 to 1000, or 0 for V8's own adaptive factor. */
export function readHeapGrowingPercent(env: NodeJS.ProcessEnv = process.env): number {
  return (
    readWholeNumber('HEAP_GROWING_PERCENT', env, {
      max: 1000,
      meaning: 'a whole number from 0 to 1000',
    }) ?? DEFAULT_HEAP_GROWING_PERCENT
  );
}

/**
 * Sets the heap's growing factor for this process. V8 reads the flag each time it sizes
 * the heap after a collection, so setting it at start-up, before the server allocates, has
 * the effect of the command-line flag, which NODE_OPTIONS does not accept.
 */
export function applyHeapGrowth(env: NodeJS.ProcessEnv = process.env): number {
  const percent = readHeapGrowingPercent(env);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}

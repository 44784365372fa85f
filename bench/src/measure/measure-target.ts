import { type RunningTarget } from '../targets/stack';
import { type Workload } from '../workloads';
import { type LoadResult, runLoad } from './load';
import { cpuSeconds, peakRssMiB, resetPeakRss } from './proc';
import { readStats } from './subgraph-stats';

export interface MeasureOptions {
  workload: Workload;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  minRequests: number;
}

/** One measurement of one target on one workload. */
export interface Sample {
  load: LoadResult;
  /** CPU seconds used by every process working for the target. */
  cpuSeconds: number;
  /** The same by process name (gateway, province, city, district; or the single process). */
  cpuSecondsByProcess: Record<string, number>;
  /** Requests the target's subgraphs served (gateways), or the target itself. */
  countedRequests: number;
  statements: number;
  /** Peak RSS of each process during the measurement, MiB. */
  peakRss: Record<string, number>;
}

/**
 * Warms up, then runs the load while reading every process's CPU time and the counted
 * servers' /stats before and after, and each process's peak memory over the run.
 */
export async function measureTarget(
  target: RunningTarget,
  options: MeasureOptions,
): Promise<Sample> {
  if (options.warmupMs > 0) {
    await runLoad({
      workload: options.workload,
      url: target.url,
      concurrency: options.concurrency,
      durationMs: options.warmupMs,
      minRequests: 1,
    });
  }
  for (const process of target.processes) resetPeakRss(process.pid);
  const statsBefore = await Promise.all(target.counted.map((server) => readStats(server.url)));
  const cpuBefore = target.processes.map((process) => cpuSeconds(process.pid));
  const load = await runLoad({
    workload: options.workload,
    url: target.url,
    concurrency: options.concurrency,
    durationMs: options.durationMs,
    minRequests: options.minRequests,
  });
  const cpuAfter = target.processes.map((process) => cpuSeconds(process.pid));
  const statsAfter = await Promise.all(target.counted.map((server) => readStats(server.url)));
  const peakRss = Object.fromEntries(
    target.processes.map((process) => [process.name, peakRssMiB(process.pid)]),
  );
  return {
    load,
    cpuSeconds: cpuAfter.reduce((sum, cpu, i) => sum + cpu - cpuBefore[i]!, 0),
    cpuSecondsByProcess: Object.fromEntries(
      target.processes.map((process, i) => [process.name, cpuAfter[i]! - cpuBefore[i]!]),
    ),
    countedRequests: statsAfter.reduce(
      (sum, s, i) => sum + s.requests - statsBefore[i]!.requests,
      0,
    ),
    statements: statsAfter.reduce(
      (sum, s, i) => sum + s.statements - statsBefore[i]!.statements,
      0,
    ),
    peakRss,
  };
}

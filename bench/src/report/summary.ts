import { quantile } from '../measure/load';
import { type Sample } from '../measure/measure-target';
import { mergingLabel, type TargetSpec } from '../targets/target-specs';

/** A target's figures on one workload and store, over every round. */
export interface Summary {
  store: string;
  workload: string;
  target: string;
  label: string;
  merging: string;
  requests: number;
  failures: number;
  firstFailure: string | null;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  /** CPU ms per request of each process (absent in results written before it was measured). */
  cpuMsPerRequestByProcess?: Record<string, number>;
  /** Subgraph requests per client request; null where there are no subgraphs. */
  subgraphRequestsPerRequest: number | null;
  statementsPerRequest: number;
  /** Peak RSS in MiB of each process, the highest over the rounds. */
  peakRssMiB: Record<string, number>;
}

export function summarize(
  store: string,
  workload: string,
  spec: TargetSpec,
  samples: readonly Sample[],
): Summary {
  const latencies = samples.flatMap((s) => s.load.latencies);
  const requests = latencies.length;
  const seconds = samples.reduce((sum, s) => sum + s.load.elapsedMs, 0) / 1000;
  const per = (total: number) => (requests === 0 ? Number.NaN : total / requests);
  const peakRssMiB: Record<string, number> = {};
  for (const sample of samples) {
    for (const [name, mib] of Object.entries(sample.peakRss)) {
      peakRssMiB[name] = Math.max(peakRssMiB[name] ?? 0, mib);
    }
  }
  const cpuMsPerRequestByProcess: Record<string, number> = {};
  for (const sample of samples) {
    for (const [name, seconds] of Object.entries(sample.cpuSecondsByProcess)) {
      cpuMsPerRequestByProcess[name] = (cpuMsPerRequestByProcess[name] ?? 0) + seconds * 1000;
    }
  }
  for (const name of Object.keys(cpuMsPerRequestByProcess)) {
    cpuMsPerRequestByProcess[name] = per(cpuMsPerRequestByProcess[name]!);
  }
  return {
    store,
    workload,
    target: spec.name,
    label: spec.label,
    merging: mergingLabel(spec),
    requests,
    failures: samples.reduce((sum, s) => sum + s.load.failures, 0),
    firstFailure: samples.find((s) => s.load.firstFailure)?.load.firstFailure ?? null,
    requestsPerSecond: seconds === 0 ? 0 : requests / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    cpuMsPerRequest: per(samples.reduce((sum, s) => sum + s.cpuSeconds, 0) * 1000),
    cpuMsPerRequestByProcess,
    subgraphRequestsPerRequest:
      spec.kind === 'gateway' ? per(samples.reduce((sum, s) => sum + s.countedRequests, 0)) : null,
    statementsPerRequest: per(samples.reduce((sum, s) => sum + s.statements, 0)),
    peakRssMiB,
  };
}

import { type BenchOptions, type StoreKind } from '../options';
import { type WorkloadSettings } from '../workloads';
import { type Machine } from './machine';
import { type Summary } from './summary';

/** One request, alone: what each counted server did for it. */
export interface CostRecord {
  requests: Record<string, number>;
  statements: Record<string, number>;
}

export interface GrowthRecord {
  scope: string;
  provinces: number;
  cities: number;
  districts: number;
  costs: Record<string, CostRecord>;
}

export interface StoreRun {
  store: StoreKind;
  dataset: {
    provinces: number;
    cities: number;
    districts: number;
    figureRows: Record<string, number>;
    periods: string[];
    metrics: number;
    missingShare: number;
    planted: number;
    seconds: number;
  };
  settings: WorkloadSettings;
  /** Per workload and target: differences from the monolith's answer (empty: the same). */
  answers: Record<string, Record<string, string[]>>;
  costs: Record<string, Record<string, CostRecord>>;
  growth: GrowthRecord[];
  /** Audit statuses in the national report's answer, when audits are in the graph. */
  auditStatuses: Record<string, number> | null;
  summaries: Summary[];
}

export interface BenchResults {
  date: string;
  machine: Machine;
  options: BenchOptions;
  withAudit: boolean;
  stores: StoreRun[];
}

import { METRICS } from '@union/domain';
import { loadDataset } from './dataset/load-dataset';
import { createStores } from './dataset/stores';
import { generateSyntheticDataset, syntheticPeriods } from './dataset/synthetic-figures';
import { scopeTree, treeSize } from './dataset/tree-scope';
import { differences } from './measure/compare-answers';
import { measureTarget, type Sample } from './measure/measure-target';
import { measureRequestCost } from './measure/statement-counts';
import { type BenchOptions, type StoreKind } from './options';
import { type CostRecord, type GrowthRecord, type StoreRun } from './report/results';
import { summarize } from './report/summary';
import { type RunningTarget, startStack } from './targets/stack';
import { selectTargets } from './targets/target-specs';
import { buildWorkloads, type WorkloadSettings } from './workloads';
import { nationalReport } from './workloads/national-report';

/** Provinces searched by code prefix to grow the national report: Sichuan, the 5x, all. */
const GROWTH_SCOPES = ['510000', '5', undefined] as const;

const log = (message: string) =>
  console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);

/** What stops a run cleanly on Ctrl-C: the running stack and the bench's databases. */
export const cleanups = new Set<() => Promise<void>>();

function countAuditStatuses(data: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const audit = record.audit as { status?: string } | undefined;
      if (audit?.status) counts[audit.status] = (counts[audit.status] ?? 0) + 1;
      Object.values(record).forEach(walk);
    }
  };
  walk(data);
  return counts;
}

/**
 * One store, start to end: generate and load the synthetic dataset into fresh databases,
 * start every target on them, check that all give the monolith's answer, count statements
 * one request at a time, then measure each target under load, alternating.
 */
export async function runStore(
  kind: StoreKind,
  options: BenchOptions,
  withAudit: boolean,
): Promise<StoreRun> {
  const startedAt = Date.now();
  const tree = scopeTree();
  const periods = syntheticPeriods(options.periods);
  const metrics = options.metrics ? METRICS.slice(0, options.metrics) : [...METRICS];
  log(`[${kind}] generating ${metrics.length} metrics × ${periods.length} periods`);
  const dataset = generateSyntheticDataset(tree, {
    periods,
    metrics,
    catalog: METRICS,
    missingShare: options.missingShare,
    seed: options.seed,
  });
  const stores = await createStores(kind, options.dataDir);
  const dropStores = () => stores.drop();
  cleanups.add(dropStores);
  try {
    await loadDataset(stores, dataset.rows);
    const loadedSeconds = (Date.now() - startedAt) / 1000;
    log(`[${kind}] dataset loaded in ${loadedSeconds.toFixed(0)} s; starting targets`);
    const start = () =>
      startStack({
        stores: stores.services,
        targets: selectTargets(options.targets),
        nodeOptions: options.nodeOptions,
        cpuProfDir: options.cpuProf,
        fromSource: options.fromSource,
        withAudit,
      });
    let stack = await start();
    const stopStack = () => stack.stop();
    cleanups.add(stopStack);
    try {
      const settings: WorkloadSettings = {
        metric: metrics.some((m) => m.code === 'members') ? 'members' : metrics[0]!.code,
        period: periods[periods.length - 1]!,
        withAudit,
      };
      const workloads = await buildWorkloads(settings, options.workloads);
      const reference = stack.targets.find((t) => t.spec.kind === 'monolith') ?? stack.targets[0]!;

      const answers: StoreRun['answers'] = {};
      const costs: StoreRun['costs'] = {};
      let auditStatuses: Record<string, number> | null = null;
      for (const workload of workloads) {
        log(`[${kind}] ${workload.name}: checking answers and counting statements`);
        const expected = await measureRequestCost(workload, reference.url, reference.counted);
        if (workload.name === 'national' && withAudit) {
          auditStatuses = countAuditStatuses(expected.answer);
        }
        answers[workload.name] = {};
        costs[workload.name] = {};
        for (const target of stack.targets) {
          let found: string[];
          try {
            const cost =
              target === reference
                ? expected
                : await measureRequestCost(workload, target.url, target.counted);
            costs[workload.name]![target.spec.name] = {
              requests: cost.requests,
              statements: cost.statements,
            };
            found = cost.error ? [cost.error] : differences(expected.answer, cost.answer);
          } catch (error) {
            found = [String(error)];
          }
          answers[workload.name]![target.spec.name] = found;
          if (found.length > 0) {
            log(
              `[${kind}] ${workload.name} on ${target.spec.name} differs from ${reference.spec.name}:`,
            );
            for (const line of found) log(`    ${line.slice(0, 600)}`);
          }
        }
      }

      const growth =
        options.workloads?.includes('national') === false
          ? []
          : await measureGrowth(stack.targets, settings, tree);
      const samples = new Map<string, Sample[]>();
      for (let round = 0; round < options.rounds; round += 1) {
        for (const [index, workload] of workloads.entries()) {
          // A process keeps the heap an earlier workload grew (the audit's is the largest),
          // so the national report, whose peak memory has a goal, runs on fresh processes.
          // Profiles are of one process's life, so with --cpu-prof the stack stays up.
          if (workload.name === 'national' && !options.cpuProf) {
            log(`[${kind}] restarting every process for the national report's peak memory`);
            await stack.stop();
            stack = await start();
          }
          for (const target of rotate(stack.targets, round + index)) {
            log(
              `[${kind}] round ${round + 1}/${options.rounds} ${workload.name} on ${target.spec.name}`,
            );
            const sample = await measureTarget(target, {
              workload,
              concurrency: options.concurrency,
              durationMs: options.duration * 1000,
              warmupMs: options.warmup * 1000,
              minRequests: options.minRequests,
            });
            const key = `${workload.name}|${target.spec.name}`;
            samples.set(key, [...(samples.get(key) ?? []), sample]);
          }
        }
      }
      const summaries = workloads.flatMap((workload) =>
        stack.targets.flatMap((target) => {
          const taken = samples.get(`${workload.name}|${target.spec.name}`);
          return taken ? [summarize(kind, workload.name, target.spec, taken)] : [];
        }),
      );
      return {
        store: kind,
        dataset: {
          ...treeSize(tree),
          figureRows: Object.fromEntries(
            Object.entries(dataset.rows).map(([level, rows]) => [level, rows.length]),
          ),
          periods,
          metrics: metrics.length,
          missingShare: options.missingShare,
          planted: dataset.planted.length,
          seconds: loadedSeconds,
        },
        settings,
        answers,
        costs,
        growth,
        auditStatuses,
        summaries,
      };
    } finally {
      cleanups.delete(stopStack);
      await stack.stop();
    }
  } finally {
    cleanups.delete(dropStores);
    await stores.drop();
  }
}

/** The national report's statements per subgraph over 1, 5 and all 31 provinces. */
async function measureGrowth(
  targets: readonly RunningTarget[],
  settings: WorkloadSettings,
  tree: ReturnType<typeof scopeTree>,
): Promise<GrowthRecord[]> {
  const probed = targets.filter((t) => ['hive', 'apollo', 'monolith'].includes(t.spec.name));
  const records: GrowthRecord[] = [];
  for (const scope of GROWTH_SCOPES) {
    const inScope = (code: string) => scope === undefined || code.startsWith(scope);
    const costs: Record<string, CostRecord> = {};
    for (const target of probed) {
      const cost = await measureRequestCost(
        nationalReport(settings, scope),
        target.url,
        target.counted,
      );
      costs[target.spec.name] = { requests: cost.requests, statements: cost.statements };
    }
    records.push({
      scope: scope ?? 'all',
      provinces: tree.provinces.filter((p) => inScope(p.code)).length,
      cities: tree.cities.filter((c) => inScope(c.provinceCode)).length,
      districts: tree.districts.filter((d) => inScope(d.provinceCode)).length,
      costs,
    });
  }
  return records;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

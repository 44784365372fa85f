import { parseArgs } from 'node:util';

export type StoreKind = 'sqlite' | 'postgresql';

export interface BenchOptions {
  quick: boolean;
  stores: StoreKind[];
  /** Periods per metric: consecutive years ending in 2022. */
  periods: number;
  /** The first N metrics of the catalog; every metric when undefined. */
  metrics: number | undefined;
  /** Chance that a unit below the province reported nothing for a cell. */
  missingShare: number;
  /** Measured seconds per target, workload and round. */
  duration: number;
  /** Unmeasured seconds before each measurement. */
  warmup: number;
  /** Each round runs every target once per workload, in a rotated order. */
  rounds: number;
  concurrency: number;
  /** At least this many requests per measurement, however long they take. */
  minRequests: number;
  workloads: string[] | undefined;
  /** Ask for audits: when the supergraph has them (auto), always, or never. */
  audit: 'auto' | 'on' | 'off';
  targets: string[] | undefined;
  seed: number;
  /** Extra V8 flags for every server process, e.g. --max-semi-space-size=32. */
  nodeOptions: string[];
  /** Write a CPU profile of every server process under this folder. */
  cpuProf: string | undefined;
  /** Run the servers' TypeScript through tsx instead of compiled files. */
  fromSource: boolean;
  /** Where the SQLite files go; a fresh temporary folder when undefined. */
  dataDir: string | undefined;
  resultsDir: string;
}

const HELP = `npm run bench -- [flags]

  --quick                 two periods, 2 s per measurement, one round (a few minutes)
  --store <s>             sqlite | postgresql | both (default both)
  --periods <n>           periods per metric (default 10; quick 2)
  --metrics <n>           the first n catalog metrics (default all)
  --missing-share <x>     share of units below the province with no figure (default 0.12)
  --duration <s>          measured seconds per target and workload (default 15; quick 2)
  --warmup <s>            unmeasured seconds before each (default 3; quick 1)
  --rounds <n>            rounds, targets alternating (default 3; quick 1)
  --concurrency <n>       requests in flight (default 4)
  --min-requests <n>      at least this many per measurement (default 8; quick 3)
  --workloads <a,b>       national,walk,search,audit (default all)
  --audit <when>          auto (when the supergraph has audits), on or off (default auto)
  --targets <a,b>         hive,hive-unmerged,apollo,apollo-merged,monolith,raw (default all)
  --node-options=<flags> V8 flags for every server process, e.g. --node-options=--max-semi-space-size=64
  --cpu-prof <dir>        write a .cpuprofile per server process
  --from-source           run the servers through tsx (default: compiled as for the image)
  --seed <n>              dataset seed (default 2844)
  --data-dir <dir>        where the SQLite files go (default a temporary folder)
  --results <dir>         where <date>.json and latest.md go (default bench/results)`;

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((item) => item.trim());
}

function number(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new Error(`--${name} must be a non-negative number, got "${value}"`);
  }
  return parsed;
}

export function readOptions(argv: string[], resultsDir: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      store: { type: 'string', default: 'both' },
      periods: { type: 'string' },
      metrics: { type: 'string' },
      'missing-share': { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      concurrency: { type: 'string' },
      'min-requests': { type: 'string' },
      workloads: { type: 'string' },
      audit: { type: 'string', default: 'auto' },
      targets: { type: 'string' },
      'node-options': { type: 'string' },
      'cpu-prof': { type: 'string' },
      'from-source': { type: 'boolean', default: false },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      results: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const store = values.store ?? 'both';
  if (store !== 'sqlite' && store !== 'postgresql' && store !== 'both') {
    throw new Error(`--store must be sqlite, postgresql or both, got "${store}"`);
  }
  const missingShare = number('missing-share', values['missing-share'], 0.12);
  if (missingShare >= 1) throw new Error('--missing-share must be below 1');
  const audit = values.audit ?? 'auto';
  if (audit !== 'auto' && audit !== 'on' && audit !== 'off') {
    throw new Error(`--audit must be auto, on or off, got "${audit}"`);
  }
  const metrics = values.metrics === undefined ? undefined : number('metrics', values.metrics, 0);
  return {
    quick,
    stores: store === 'both' ? ['sqlite', 'postgresql'] : [store],
    periods: Math.max(1, Math.round(number('periods', values.periods, quick ? 2 : 10))),
    metrics: metrics === undefined ? undefined : Math.max(1, Math.round(metrics)),
    missingShare,
    duration: number('duration', values.duration, quick ? 2 : 15),
    warmup: number('warmup', values.warmup, quick ? 1 : 3),
    rounds: Math.max(1, Math.round(number('rounds', values.rounds, quick ? 1 : 3))),
    concurrency: Math.max(1, Math.round(number('concurrency', values.concurrency, 4))),
    minRequests: Math.max(
      1,
      Math.round(number('min-requests', values['min-requests'], quick ? 3 : 8)),
    ),
    workloads: list(values.workloads),
    audit,
    targets: list(values.targets),
    seed: Math.round(number('seed', values.seed, 2844)),
    nodeOptions: (values['node-options'] ?? '').split(/\s+/).filter((flag) => flag !== ''),
    cpuProf: values['cpu-prof'],
    fromSource: values['from-source'] ?? false,
    dataDir: values['data-dir'],
    resultsDir: values.results ?? resultsDir,
  };
}

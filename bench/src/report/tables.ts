import { SERVICES } from '@union/subgraph-kit';
import { fixed, renderTable } from './render-table';
import { type BenchResults, type CostRecord, type StoreRun } from './results';
import { type Summary } from './summary';

type Format = 'text' | 'markdown';

const SHORT: Record<string, string> = { province: 'p', city: 'c', district: 'd' };

/** Figures by process as `gw 300 · p 20 · c 50 · d 280`, or one number for one process. */
function byProcess(figures: Record<string, number> | undefined): string {
  if (!figures) return '–';
  return Object.entries(figures)
    .map(([name, n]) => {
      const short = name.startsWith('gateway') ? 'gw' : (SHORT[name] ?? '');
      return short ? `${short} ${Math.round(n)}` : String(Math.round(n));
    })
    .join(' · ');
}

export function mainTable(run: StoreRun, format: Format): string {
  const rows = run.summaries.map((s) => [
    s.workload,
    s.target,
    s.merging,
    fixed(s.requestsPerSecond, 1),
    fixed(s.p50Ms, 0),
    fixed(s.p99Ms, 0),
    fixed(s.cpuMsPerRequest, 0),
    byProcess(s.cpuMsPerRequestByProcess),
    fixed(s.subgraphRequestsPerRequest, 1),
    fixed(s.statementsPerRequest, 1),
    byProcess(s.peakRssMiB),
    s.failures > 0
      ? `${s.failures} failed`
      : (run.answers[s.workload]?.[s.target]?.length ?? 0) > 0
        ? 'answer differs'
        : 'ok',
  ]);
  return renderTable(
    [
      'workload',
      'target',
      'merging',
      'req/s',
      'p50 ms',
      'p99 ms',
      'CPU ms/req',
      'CPU ms/req by process',
      'subgraph req/req',
      'SQL/req',
      'peak RSS MiB',
      'check',
    ],
    rows,
    format,
  );
}

function statementCells(cost: CostRecord | undefined): string[] {
  if (!cost) return ['–', '–', '–', '–', '–'];
  const names = Object.keys(cost.statements);
  const isFederated = SERVICES.every((s) => names.includes(s));
  const total = Object.values(cost.statements).reduce((sum, n) => sum + n, 0);
  const fetches = Object.values(cost.requests).reduce((sum, n) => sum + n, 0);
  return isFederated
    ? [
        ...SERVICES.map((s) => `${cost.statements[s]} (${cost.requests[s]})`),
        String(total),
        String(fetches),
      ]
    : ['–', '–', '–', String(total), '–'];
}

/** Statements per request with nothing else in flight, per subgraph (and its requests). */
export function statementTable(run: StoreRun, format: Format): string {
  const rows: string[][] = [];
  for (const [workload, byTarget] of Object.entries(run.costs)) {
    for (const [target, cost] of Object.entries(byTarget)) {
      rows.push([workload, target, ...statementCells(cost)]);
    }
  }
  return renderTable(
    [
      'workload',
      'target',
      'province SQL (requests)',
      'city SQL (requests)',
      'district SQL (requests)',
      'SQL total',
      'subgraph requests',
    ],
    rows,
    format,
  );
}

export function growthTable(run: StoreRun, format: Format): string {
  const rows: string[][] = [];
  for (const growth of run.growth) {
    for (const [target, cost] of Object.entries(growth.costs)) {
      rows.push([
        `${growth.scope} (${growth.provinces} p, ${growth.cities} c, ${growth.districts} d)`,
        target,
        ...statementCells(cost),
      ]);
    }
  }
  return renderTable(
    [
      'national report over',
      'target',
      'province SQL (requests)',
      'city SQL (requests)',
      'district SQL (requests)',
      'SQL total',
      'subgraph requests',
    ],
    rows,
    format,
  );
}

export interface GoalCheck {
  goal: string;
  measured: string;
  met: boolean | null;
}

/** CPU per request of a federated target at most `limit` times the raw SQL target's. */
function cpuAgainstRaw(
  workload: string,
  target: Summary | undefined,
  raw: Summary | undefined,
  limit: number,
): GoalCheck | null {
  if (!target || !raw) return null;
  const ratio = target.cpuMsPerRequest / raw.cpuMsPerRequest;
  return {
    goal: `${workload}: ${target.target} CPU per request ≤ ${limit}× the raw SQL's`,
    measured: `${fixed(ratio, 2)}× (${fixed(target.cpuMsPerRequest, 0)} vs ${fixed(raw.cpuMsPerRequest, 0)} ms)`,
    met: ratio <= limit,
  };
}

/** CPU limits against the floor: per target, for the national report and the audit. */
const CPU_GOALS: readonly { workload: string; target: string; limit: number }[] = [
  { workload: 'national', target: 'hive-unmerged', limit: 3 },
  { workload: 'national', target: 'apollo', limit: 3.5 },
  { workload: 'national', target: 'monolith', limit: 2 },
  { workload: 'audit', target: 'hive-unmerged', limit: 2 },
  { workload: 'audit', target: 'hive', limit: 2 },
];

/** Peak memory under the national report: each subgraph and the gateway. */
const SUBGRAPH_RSS_LIMIT_MIB = 256;
const GATEWAY_RSS_LIMIT_MIB = 400;

/**
 * The performance goals, measured on one store: CPU per request against the raw SQL
 * target (CPU, not latency: at concurrency 4 on 2 cores queueing hides CPU), peak memory,
 * and SQL statements that stay constant as the tree grows.
 */
export function goalChecks(run: StoreRun): GoalCheck[] {
  const summary = (workload: string, target: string) =>
    run.summaries.find((s) => s.workload === workload && s.target === target);
  const checks: GoalCheck[] = [];
  for (const { workload, target, limit } of CPU_GOALS) {
    const check = cpuAgainstRaw(
      workload,
      summary(workload, target),
      summary(workload, 'raw'),
      limit,
    );
    if (check) checks.push(check);
  }
  const audit = summary('audit', 'hive-unmerged');
  if (audit && audit.subgraphRequestsPerRequest !== null) {
    checks.push({
      goal: 'audit: subgraph requests per country-wide audit (hive-unmerged), as few as the plan allows',
      measured: fixed(audit.subgraphRequestsPerRequest, 0),
      met: null,
    });
  }
  for (const national of run.summaries.filter((s) => s.workload === 'national')) {
    if (national.subgraphRequestsPerRequest === null) continue;
    const over = Object.entries(national.peakRssMiB).filter(([name, mib]) =>
      name.startsWith('gateway') ? mib > GATEWAY_RSS_LIMIT_MIB : mib > SUBGRAPH_RSS_LIMIT_MIB,
    );
    checks.push({
      goal: `national: ${national.target} peak RSS ≤ ${SUBGRAPH_RSS_LIMIT_MIB} MiB per subgraph, ≤ ${GATEWAY_RSS_LIMIT_MIB} MiB gateway`,
      measured: byProcess(national.peakRssMiB),
      met: over.length === 0,
    });
  }
  const totals = (target: string) =>
    run.growth.map((g) => {
      const cost = g.costs[target];
      return cost ? Object.values(cost.statements).reduce((sum, n) => sum + n, 0) : Number.NaN;
    });
  for (const target of ['hive', 'apollo', 'monolith']) {
    const counts = totals(target);
    if (counts.length < 2 || counts.some(Number.isNaN)) continue;
    checks.push({
      goal: `national: SQL statements per request constant as the tree grows (${target})`,
      measured: `${counts.join(' → ')} for ${run.growth.map((g) => g.provinces).join(' → ')} provinces`,
      met: counts.every((n) => n === counts[0]),
    });
  }
  return checks;
}

export function goalTable(run: StoreRun, format: Format): string {
  return renderTable(
    ['goal', 'measured', 'met'],
    goalChecks(run).map((c) => [c.goal, c.measured, c.met === null ? '–' : c.met ? 'yes' : 'no']),
    format,
  );
}

export function datasetLine(run: StoreRun): string {
  const d = run.dataset;
  const rows = Object.values(d.figureRows).reduce((sum, n) => sum + n, 0);
  return (
    `${d.provinces + d.cities + d.districts} units (${d.provinces} provinces, ${d.cities} cities, ` +
    `${d.districts} districts), ${d.metrics} metrics × ${d.periods.length} periods ` +
    `(${d.periods[0]}–${d.periods[d.periods.length - 1]}), ${rows.toLocaleString('en-US')} synthetic ` +
    `figure rows, ${Math.round(d.missingShare * 100)}% of units below the province missing, ` +
    `${d.planted} planted inconsistencies; workloads use ${run.settings.metric} ${run.settings.period}` +
    (run.auditStatuses
      ? `; national report audits: ${Object.entries(run.auditStatuses)
          .map(([status, n]) => `${status} ${n}`)
          .join(', ')}`
      : '')
  );
}

/** The whole report for the terminal or for README's benchmark section. */
export function renderReport(results: BenchResults, format: Format, machine: string): string {
  const heading = (text: string) => (format === 'markdown' ? `#### ${text}` : `== ${text}`);
  const parts: string[] = [
    format === 'markdown'
      ? `Measured ${results.date} on ${machine}. Concurrency ${results.options.concurrency}, ` +
        `${results.options.rounds} round(s) of ${results.options.duration} s per target and workload, ` +
        `targets alternating. Audits ${results.withAudit ? 'included' : 'not in the graph yet'}.`
      : `${results.date} · ${machine} · concurrency ${results.options.concurrency} · ` +
        `${results.options.rounds} × ${results.options.duration} s · audits ${results.withAudit ? 'included' : 'not in the graph'}`,
  ];
  for (const run of results.stores) {
    parts.push(
      heading(`${run.store === 'sqlite' ? 'SQLite (libsql)' : 'PostgreSQL'}`),
      datasetLine(run),
      mainTable(run, format),
      heading(`${run.store}: SQL statements per request, one request at a time`),
      statementTable(run, format),
      heading(`${run.store}: the national report as the tree grows`),
      growthTable(run, format),
      heading(`${run.store}: goals`),
      goalTable(run, format),
    );
  }
  return parts.join('\n\n');
}

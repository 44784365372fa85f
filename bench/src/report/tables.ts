import { SERVICES } from '@union/subgraph-kit';
import { fixed, renderTable } from './render-table';
import { type BenchResults, type CostRecord, type StoreRun } from './results';
import { type Summary } from './summary';

type Format = 'text' | 'markdown';

const SHORT: Record<string, string> = { province: 'p', city: 'c', district: 'd' };

function rss(summary: Summary): string {
  return Object.entries(summary.peakRssMiB)
    .map(([name, mib]) => {
      const short = name.startsWith('gateway') ? 'gw' : (SHORT[name] ?? '');
      return short ? `${short} ${Math.round(mib)}` : String(Math.round(mib));
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
    fixed(s.subgraphRequestsPerRequest, 1),
    fixed(s.statementsPerRequest, 1),
    rss(s),
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

/** The issue's goals for the national report, measured on one store. */
export function goalChecks(run: StoreRun): GoalCheck[] {
  const national = (target: string) =>
    run.summaries.find((s) => s.workload === 'national' && s.target === target);
  const checks: GoalCheck[] = [];
  const totals = (target: string) =>
    run.growth.map((g) => {
      const cost = g.costs[target];
      return cost ? Object.values(cost.statements).reduce((sum, n) => sum + n, 0) : Number.NaN;
    });
  for (const target of ['hive', 'apollo', 'monolith']) {
    const counts = totals(target);
    if (counts.length < 2 || counts.some(Number.isNaN)) continue;
    checks.push({
      goal: `SQL statements per request constant as the tree grows (${target})`,
      measured: `${counts.join(' → ')} for ${run.growth.map((g) => g.provinces).join(' → ')} provinces`,
      met: counts.every((n) => n === counts[0]),
    });
  }
  const monolith = national('monolith');
  const raw = national('raw');
  for (const target of ['hive-unmerged', 'hive', 'apollo', 'apollo-merged']) {
    const federated = national(target);
    if (!federated) continue;
    if (monolith) {
      const ratio = federated.cpuMsPerRequest / monolith.cpuMsPerRequest;
      checks.push({
        goal: `${target} CPU per request ≤ 1.5× the monolith's`,
        measured: `${fixed(ratio, 2)}× (${fixed(federated.cpuMsPerRequest, 0)} vs ${fixed(monolith.cpuMsPerRequest, 0)} ms)`,
        met: ratio <= 1.5,
      });
    }
    if (raw) {
      const ratio = federated.p50Ms / raw.p50Ms;
      checks.push({
        goal: `${target} time (p50) ≤ 5× the raw SQL's`,
        measured: `${fixed(ratio, 1)}× (${fixed(federated.p50Ms, 0)} vs ${fixed(raw.p50Ms, 0)} ms)`,
        met: ratio <= 5,
      });
    }
  }
  return checks;
}

export function goalTable(run: StoreRun, format: Format): string {
  return renderTable(
    ['goal (national report)', 'measured', 'met'],
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

import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@union/subgraph-kit';
import { readOptions } from './options';
import { describeMachine, machineLine } from './report/machine';
import { summarizeProfiles } from './report/profile-summary';
import { type BenchResults } from './report/results';
import { problemsOf } from './report/problems';
import { renderReport } from './report/tables';
import { cleanups, runStore } from './run-store';
import { supergraphHasAudit } from './workloads';

const options = readOptions(process.argv.slice(2), path.join(REPO_ROOT, 'bench', 'results'));

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.error(`\n${signal}: stopping the bench's servers and dropping its databases`);
  void Promise.allSettled([...cleanups].map((cleanup) => cleanup())).then(() => process.exit(130));
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));

const hasAudit = supergraphHasAudit();
const withAudit = options.audit === 'auto' ? hasAudit : options.audit === 'on';
const machine = describeMachine();
const date = new Date().toISOString().slice(0, 10);
const results: BenchResults = { date, machine, options, withAudit, stores: [] };
console.log(
  `union-graph bench on ${machineLine(machine)}; audits ${hasAudit ? 'are' : 'are not yet'} in the supergraph` +
    `${withAudit ? ' and asked for' : ' and not asked for'}`,
);
for (const store of options.stores) {
  results.stores.push(await runStore(store, options, withAudit));
}

console.log(`\n${renderReport(results, 'text', machineLine(machine))}\n`);
mkdirSync(options.resultsDir, { recursive: true });
const file = path.join(options.resultsDir, `${date}${options.quick ? '-quick' : ''}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  path.join(options.resultsDir, 'latest.md'),
  `${renderReport(results, 'markdown', machineLine(machine))}\n`,
);
console.log(
  `Wrote ${path.relative(REPO_ROOT, file)} and ${path.relative(REPO_ROOT, path.join(options.resultsDir, 'latest.md'))}`,
);
if (options.cpuProf) {
  console.log(
    `\nCPU profiles in ${options.cpuProf}, self time:\n\n${summarizeProfiles(options.cpuProf)}`,
  );
}
const problems = problemsOf(results);
if (problems.length > 0) {
  console.error(
    `\nThese figures are not a clean measurement:\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
  process.exitCode = 1;
}

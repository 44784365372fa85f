import { type BenchResults } from './results';

/**
 * What makes a run's figures untrustworthy, one line each: measurements with failed
 * requests (their time is partly the failures') and answers that differ from the monolith's.
 * The tables mark both in their check column; this list says why, at the end of the output,
 * where it cannot be missed.
 */
export function problemsOf(results: BenchResults): string[] {
  const problems: string[] = [];
  for (const run of results.stores) {
    for (const summary of run.summaries) {
      if (summary.failures > 0) {
        problems.push(
          `${run.store} ${summary.workload} on ${summary.target}: ${summary.failures} failed ` +
            `requests; the first: ${summary.firstFailure ?? 'no message'}`,
        );
      }
    }
    for (const [workload, byTarget] of Object.entries(run.answers)) {
      for (const [target, differences] of Object.entries(byTarget)) {
        if (differences.length > 0) {
          problems.push(
            `${run.store} ${workload} on ${target}: the answer differs from the monolith's ` +
              `(${differences.length} difference${differences.length === 1 ? '' : 's'}; ` +
              `the first: ${differences[0]})`,
          );
        }
      }
    }
  }
  return problems;
}

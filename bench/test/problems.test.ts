import { describe, expect, it } from 'vitest';
import { problemsOf } from '../src/report/problems';
import { type BenchResults, type StoreRun } from '../src/report/results';
import { type Summary } from '../src/report/summary';

const summary = (target: string, failures: number, firstFailure: string | null): Summary => ({
  store: 'sqlite',
  workload: 'search',
  target,
  label: target,
  merging: 'on',
  requests: 100,
  failures,
  firstFailure,
  requestsPerSecond: 10,
  p50Ms: 1,
  p99Ms: 2,
  cpuMsPerRequest: 3,
  subgraphRequestsPerRequest: 1,
  statementsPerRequest: 1,
  peakRssMiB: {},
});

const resultsWith = (run: Partial<StoreRun>): BenchResults =>
  ({
    stores: [{ store: 'sqlite', answers: {}, summaries: [], ...run }],
  }) as unknown as BenchResults;

describe('problemsOf', () => {
  it('finds nothing in a clean run', () => {
    const results = resultsWith({
      summaries: [summary('hive', 0, null)],
      answers: { search: { hive: [] } },
    });
    expect(problemsOf(results)).toEqual([]);
  });

  it('names a measurement whose requests failed, with the first failure', () => {
    const refused = 'Error: HTTP 429: too many requests; try again in 1 s';
    const results = resultsWith({ summaries: [summary('hive', 13944, refused)] });
    expect(problemsOf(results)).toEqual([
      `sqlite search on hive: 13944 failed requests; the first: ${refused}`,
    ]);
  });

  it('names an answer that differs from the monolith', () => {
    const results = resultsWith({
      answers: { search: { raw: ['$.districts[3].name: 金牛区 ≠ 锦江区', 'another'] } },
    });
    expect(problemsOf(results)).toEqual([
      "sqlite search on raw: the answer differs from the monolith's (2 differences; the first: " +
        '$.districts[3].name: 金牛区 ≠ 锦江区)',
    ]);
  });
});

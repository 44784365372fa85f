import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METRICS } from '@union/domain';
import { loadDataset } from '../src/dataset/load-dataset';
import { type BenchStores, createStores } from '../src/dataset/stores';
import { generateSyntheticDataset } from '../src/dataset/synthetic-figures';
import { scopeTree } from '../src/dataset/tree-scope';
import { measureRequestCost } from '../src/measure/statement-counts';
import { startMonolith } from '../src/targets/monolith/start-monolith';
import { nationalReport } from '../src/workloads/national-report';

// type-graphql and Apollo's federation packages load graphql's CommonJS build; the monolith,
// bundled for the bench, shares it. Here its source must get the same build, not the ESM one.
vi.mock('graphql', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('graphql') as object;
});

/*
 * The monolith calls every subgraph's resolvers in one process. A list there must read below
 * it what the audits will require of its children's figures (`reported { complete }`), as
 * the subgraph's list does behind a gateway, whose plan asks for both at once; otherwise each
 * level loads its figures a second time. The count must also not grow with the tree.
 */
const EXPECTED_STATEMENTS = 7;

const settings = { metric: 'members', period: '2022', withAudit: true };
let stores: BenchStores;
let monolith: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  const tree = scopeTree(['110000', '510000']);
  const dataset = generateSyntheticDataset(tree, {
    periods: ['2022'],
    metrics: METRICS.filter((m) => m.code === 'members' || m.code === 'grassroots_unions'),
    catalog: METRICS,
    missingShare: 0.12,
    seed: 7,
  });
  stores = await createStores('sqlite');
  await loadDataset(stores, dataset.rows);
  monolith = await startMonolith({ stores: stores.services });
});

afterAll(async () => {
  await monolith?.stop();
  await stores?.drop();
});

const statementsFor = async (scope?: string) => {
  const cost = await measureRequestCost(nationalReport(settings, scope), monolith.url, [
    { name: 'monolith', url: monolith.url },
  ]);
  expect(cost.error).toBeUndefined();
  return cost.statements.monolith;
};

describe('the national report on the monolith', () => {
  it('runs as many statements as the bench reports, for one province and for the tree', async () => {
    expect(await statementsFor('510000')).toBe(EXPECTED_STATEMENTS);
    expect(await statementsFor()).toBe(EXPECTED_STATEMENTS);
  });
});

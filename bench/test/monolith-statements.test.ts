import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BenchStores } from '../src/dataset/stores';
import { measureRequestCost } from '../src/measure/statement-counts';
import { startMonolith } from '../src/targets/monolith/start-monolith';
import { nationalReport } from '../src/workloads/national-report';
import { loadTwoProvinceStores, REPORT_SETTINGS } from './support/two-province-stores';

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

const settings = REPORT_SETTINGS;
let stores: BenchStores;
let monolith: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  stores = await loadTwoProvinceStores();
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

import 'reflect-metadata';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootstrapSubgraph,
  type GatewayEngine,
  REPO_ROOT,
  SERVICES,
  type ServiceName,
  type SubgraphServer,
} from '@union/subgraph-kit';
import { createGateway, type RunningGateway } from '@union/gateway';
import { type BenchStores } from '../src/dataset/stores';
import { measureRequestCost } from '../src/measure/statement-counts';
import { DEFINITIONS, withoutSeeding } from '../src/services';
import { benchGatewayTrust } from '../src/targets/bench-gateway-secret';
import { nationalReport } from '../src/workloads/national-report';
import { loadTwoProvinceStores, REPORT_SETTINGS } from './support/two-province-stores';

/*
 * The national report's SQL statements per subgraph, counted as `npm run bench` counts
 * them, on a two-province synthetic tree (北京市: districts only; 四川省: cities and
 * districts). Each number must stay the same whatever the size of the tree: a statement
 * per unit (N+1) or per level of nesting added to a loader shows up here as a changed count.
 * When a change lowers a count on purpose, lower it here too.
 */
// The audits live in the district subgraph beside the children's figures, so the province
// subgraph reads its cells once. Apollo sends the province audit (which waits for citiesSum)
// as its own district request, which reads the city-less units' rollup again.
const EXPECTED: Record<GatewayEngine, Record<ServiceName, number>> = {
  hive: { province: 1, city: 3, district: 4 },
  apollo: { province: 1, city: 2, district: 5 },
};

const settings = REPORT_SETTINGS;
let stores: BenchStores;
const subgraphs = {} as Record<ServiceName, SubgraphServer>;

beforeAll(async () => {
  stores = await loadTwoProvinceStores();
  for (const service of SERVICES) {
    subgraphs[service] = await bootstrapSubgraph(withoutSeeding(DEFINITIONS[service]), {
      port: 0,
      host: '127.0.0.1',
      gatewayTrust: benchGatewayTrust(),
      ...stores.services[service],
    });
  }
});

afterAll(async () => {
  await Promise.all(Object.values(subgraphs).map((server) => server.stop()));
  await stores?.drop();
});

describe.each(['hive', 'apollo'] as const)('the national report through %s', (engine) => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await createGateway({
      engine,
      port: 0,
      host: '127.0.0.1',
      gatewayTrust: benchGatewayTrust(),
      supergraphPath: path.join(REPO_ROOT, 'schema', 'supergraph.graphql'),
      subgraphUrls: Object.fromEntries(
        SERVICES.map((service) => [service, subgraphs[service].url]),
      ) as Record<ServiceName, string>,
    });
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  const statementsFor = async (scope?: string) => {
    const cost = await measureRequestCost(
      nationalReport(settings, scope),
      gateway.url,
      SERVICES.map((service) => ({ name: service, url: subgraphs[service].url })),
    );
    return cost.statements;
  };

  it('runs the same statements per subgraph for one province as the bench reports', async () => {
    expect(await statementsFor('510000')).toEqual(EXPECTED[engine]);
  });

  it('runs no more statements for the whole tree than for one province', async () => {
    expect(await statementsFor()).toEqual(await statementsFor('510000'));
  });
});
